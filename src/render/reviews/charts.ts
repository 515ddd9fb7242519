import type { TrendPoint } from '../../model/reviews/trend.ts';

/** A line chart's drawing: the plot box, a path per series and the ticks, in SVG user units. */
export interface TrendChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  progress: string;
  confidence: string;
  /** Horizontal grid lines at 0, 50 and 100 %. */
  levels: { y: number; label: string }[];
  /** The first and last day, under the axis. */
  days: { x: number; label: string }[];
}

/** A path through the known points of a series (a gap where a value is missing). */
function pathOf(points: readonly { x: number; y?: number }[]): string {
  let path = '';
  let pen = false;
  for (const { x, y } of points) {
    if (y === undefined) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)} `;
    pen = true;
  }
  return path.trim();
}

/**
 * The geometry of a theme's trend chart, 0–100 % upwards over the days sampled: one line for
 * progress, one for confidence. Linear in the points; drawn at build time, no script.
 */
export function trendChart(points: readonly TrendPoint[], width = 320, height = 160): TrendChartGeometry {
  const plot = { left: 36, top: 8, right: width - 8, bottom: height - 24 };
  const x = (i: number) =>
    points.length < 2 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (points.length - 1);
  const y = (share: number | undefined) =>
    share === undefined ? undefined : plot.bottom - (plot.bottom - plot.top) * Math.max(0, Math.min(1, share));
  return {
    width,
    height,
    plot,
    progress: pathOf(points.map((p, i) => ({ x: x(i), y: y(p.progress) }))),
    confidence: pathOf(points.map((p, i) => ({ x: x(i), y: y(p.confidence) }))),
    levels: [0, 0.5, 1].map((share) => ({ y: y(share)!, label: `${share * 100}%` })),
    days: points.length
      ? [
          { x: x(0), label: points[0]!.date.slice(5) },
          ...(points.length > 1 ? [{ x: x(points.length - 1), label: points.at(-1)!.date.slice(5) }] : []),
        ]
      : [],
  };
}

/** The bars of a histogram of counts, each with its height in SVG units and its label. */
export function histogramBars(
  counts: readonly { label: string; count: number }[],
  width = 320,
  height = 140,
): { x: number; y: number; width: number; height: number; label: string; count: number }[] {
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = width / Math.max(1, counts.length);
  const top = 16;
  const bottom = height - 20;
  return counts.map(({ label, count }, i) => {
    const barHeight = ((bottom - top) * count) / max;
    return { x: i * slot + slot * 0.15, y: bottom - barHeight, width: slot * 0.7, height: barHeight, label, count };
  });
}
