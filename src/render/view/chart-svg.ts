import { escapeXml } from '../../model/maps/to-svg.ts';
import type { ChartGeometry } from './chart.ts';

/**
 * A key result's check-in chart as SVG markup: grid and ticks as one path each, labels placed
 * by their class, guides, the expected line, today, milestones and the check-ins. Written as
 * one string rather than as template elements, since every key result of every objective page
 * has one; every label and the summary are escaped (units and titles are author text).
 */
export function chartSvg(g: ChartGeometry, summary: string): string {
  const { plot } = g;
  const parts = [
    `<svg class="chart" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-label="${escapeXml(summary)}">`,
    `<rect class="chart-bg" x="0" y="0" width="${g.width}" height="${g.height}" rx="6"></rect>`,
    `<path class="chart-grid" d="${g.yTicks.map((tick) => `M${plot.left} ${tick.y}H${plot.right}`).join('')}"></path>`,
  ];
  for (const tick of g.yTicks)
    parts.push(
      `<text class="chart-label chart-label-y" x="${plot.left - 6}" y="${tick.y}">${escapeXml(tick.label)}</text>`,
    );
  parts.push(`<path class="chart-axis" d="${g.xTicks.map((tick) => `M${tick.x} ${plot.bottom}v4`).join('')}"></path>`);
  for (const tick of g.xTicks)
    parts.push(`<text class="chart-label" x="${tick.x + 3}" y="${plot.bottom + 17}">${escapeXml(tick.label)}</text>`);
  parts.push(
    `<line class="chart-axis" x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}"></line>`,
  );
  for (const guide of g.guides)
    parts.push(
      `<line class="chart-guide chart-${guide.kind}" x1="${plot.left}" x2="${plot.right}" y1="${guide.y}" y2="${guide.y}"><title>${escapeXml(guide.label)}</title></line>`,
    );
  if (g.expected)
    parts.push(`<polyline class="chart-expected" points="${g.expected}"><title>Expected progress</title></polyline>`);
  if (g.today !== undefined)
    parts.push(
      `<line class="chart-today" x1="${g.today}" x2="${g.today}" y1="${plot.top}" y2="${plot.bottom}"><title>Today</title></line>`,
    );
  for (const m of g.milestones)
    parts.push(
      `<path class="chart-milestone" d="M${m.x},${m.y - 5} l5,5 l-5,5 l-5,-5 z"><title>${escapeXml(`Milestone ${m.date}: ${m.label}`)}</title></path>`,
    );
  if (g.dots.length > 1) parts.push(`<polyline class="chart-line" points="${g.line}"></polyline>`);
  for (const dot of g.dots)
    parts.push(
      `<circle class="chart-dot" cx="${dot.x}" cy="${dot.y}" r="3.5"><title>${escapeXml(`${dot.date}: ${dot.label}`)}</title></circle>`,
    );
  parts.push('</svg>');
  return parts.join('');
}
