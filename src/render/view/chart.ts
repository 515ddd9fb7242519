import { daysBetween, type Cycle } from '../../model/cycles.ts';

/** A check-in chart's drawing, in SVG user units: everything a component needs, no maths left. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** `points` attribute of the line through the check-ins. */
  line: string;
  dots: { x: number; y: number; date: string; value: number }[];
  /** Horizontal guides at the baseline and the target, when known. */
  guides: { y: number; label: string; kind: 'baseline' | 'target' }[];
  /** Where today falls in the cycle, when it does. */
  today?: number;
}

export interface ChartInput {
  cycle: Cycle;
  today: string;
  checkIns: readonly { date: string; value: number }[];
  baseline?: number;
  target?: number;
  width?: number;
  height?: number;
}

const pad = 6;

/**
 * Places check-ins on a time axis spanning the whole cycle (so a chart shows how much of the
 * cycle is left) and a value axis spanning baseline, target and every value, decreasing
 * metrics included: higher values are always drawn higher.
 */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const { cycle, checkIns, baseline, target, width = 240, height = 64 } = input;
  const values = [
    ...checkIns.map((c) => c.value),
    ...(baseline === undefined ? [] : [baseline]),
    ...(target === undefined ? [] : [target]),
  ];
  const low = values.length ? Math.min(...values) : 0;
  const high = values.length ? Math.max(...values) : 1;
  const span = high - low || 1;
  const days = Math.max(1, daysBetween(cycle.start, cycle.end));
  const x = (date: string) =>
    round(pad + (Math.min(days, Math.max(0, daysBetween(cycle.start, date))) / days) * (width - 2 * pad));
  const y = (value: number) => round(height - pad - ((value - low) / span) * (height - 2 * pad));
  const dots = checkIns.map((c) => ({ x: x(c.date), y: y(c.value), date: c.date, value: c.value }));
  const guides: ChartGeometry['guides'] = [];
  if (baseline !== undefined) guides.push({ y: y(baseline), label: `Baseline ${baseline}`, kind: 'baseline' });
  if (target !== undefined) guides.push({ y: y(target), label: `Target ${target}`, kind: 'target' });
  const inCycle = input.today >= cycle.start && input.today <= cycle.end;
  return {
    width,
    height,
    line: dots.map((d) => `${d.x},${d.y}`).join(' '),
    dots,
    guides,
    ...(inCycle ? { today: x(input.today) } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
