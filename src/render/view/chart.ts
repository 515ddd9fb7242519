import { daysBetween, type Cycle } from '../../model/cycles.ts';

/** A dated value, as check-ins, milestones and the expected line give them. */
export interface DatedValue {
  date: string;
  value: number;
}

/** A check-in chart's drawing, in SVG user units: everything a component needs, no maths left. */
export interface ChartGeometry {
  width: number;
  height: number;
  /** The plotting area inside the axes. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** `points` attribute of the line through the check-ins. */
  line: string;
  dots: { x: number; y: number; date: string; value: number; label: string }[];
  /** Horizontal guides at the baseline and the target, when known. */
  guides: { y: number; label: string; kind: 'baseline' | 'target' }[];
  /** `points` of the expected-progress line (drawn dashed), when the key result has a pace. */
  expected?: string;
  milestones: { x: number; y: number; date: string; label: string }[];
  /** Value axis ticks, labelled in the key result's unit. */
  yTicks: { y: number; label: string }[];
  /** Time axis ticks: the first day of each month in the cycle, labelled with the month. */
  xTicks: { x: number; label: string }[];
  /** Where today falls in the cycle, when it does. */
  today?: number;
}

export interface ChartInput {
  cycle: Cycle;
  today: string;
  checkIns: readonly DatedValue[];
  baseline?: number;
  target?: number;
  /** The expected-progress line in the key result's values (see `expectedLine` in pace.ts). */
  expected?: readonly DatedValue[];
  milestones?: readonly DatedValue[];
  /** A value as the page shows it, unit and all; default: the number. */
  format?: (value: number) => string;
  width?: number;
  height?: number;
}

const pad = { top: 10, right: 14, bottom: 26 };
/** Roughly the width of one character of a 12-unit label, for the value axis' margin. */
const charWidth = 7;
const month = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
// A cycle's month ticks with their names, worked out once per cycle rather than once per chart.
const monthTicks = new Map<string, { date: string; label: string }[]>();
function monthsOf(cycle: Cycle): { date: string; label: string }[] {
  const key = `${cycle.start}/${cycle.end}`;
  let ticks = monthTicks.get(key);
  if (!ticks) {
    ticks = monthStarts(cycle).map((date) => ({ date, label: month.format(new Date(`${date}T00:00:00Z`)) }));
    monthTicks.set(key, ticks);
  }
  return ticks;
}

/** A round step giving about `count` ticks over a span: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count = 4): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return (power * ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10)) as number;
}

/**
 * Places check-ins on a time axis spanning the whole cycle (so a chart shows how much of the
 * cycle is left) and a value axis spanning baseline, target, milestones and every value,
 * rounded out to tick steps; decreasing metrics included, higher values are drawn higher.
 */
export function chartGeometry(input: ChartInput): ChartGeometry {
  const { cycle, checkIns, baseline, target, width = 560, height = 200 } = input;
  const format = input.format ?? ((value: number) => String(value));
  const expected = input.expected ?? [];
  const milestones = input.milestones ?? [];
  const values = [
    ...checkIns.map((c) => c.value),
    ...milestones.map((m) => m.value),
    ...(baseline === undefined ? [] : [baseline]),
    ...(target === undefined ? [] : [target]),
  ];
  let low = values.length ? Math.min(...values) : 0;
  let high = values.length ? Math.max(...values) : 1;
  if (high === low) [low, high] = [low - 1, high + 1];
  const step = niceStep(high - low);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(round(v, 6));
  const tickLabels = ticks.map(format);
  const plot = {
    left: Math.max(...tickLabels.map((l) => l.length)) * charWidth + 12,
    right: width - pad.right,
    top: pad.top,
    bottom: height - pad.bottom,
  };
  const days = Math.max(1, daysBetween(cycle.start, cycle.end) + 1);
  const x = (date: string) =>
    round(plot.left + (Math.min(days, Math.max(0, daysBetween(cycle.start, date))) / days) * (plot.right - plot.left));
  const y = (value: number) => round(plot.bottom - ((value - low) / (high - low)) * (plot.bottom - plot.top));
  const dots = checkIns.map((c) => ({
    x: x(c.date),
    y: y(c.value),
    date: c.date,
    value: c.value,
    label: format(c.value),
  }));
  const guides: ChartGeometry['guides'] = [];
  if (baseline !== undefined) guides.push({ y: y(baseline), label: `Baseline ${format(baseline)}`, kind: 'baseline' });
  if (target !== undefined) guides.push({ y: y(target), label: `Target ${format(target)}`, kind: 'target' });
  const inCycle = input.today >= cycle.start && input.today <= cycle.end;
  return {
    width,
    height,
    plot,
    line: dots.map((d) => `${d.x},${d.y}`).join(' '),
    dots,
    guides,
    ...(expected.length > 1 ? { expected: expected.map((p) => `${x(p.date)},${y(p.value)}`).join(' ') } : {}),
    milestones: milestones.map((m) => ({ x: x(m.date), y: y(m.value), date: m.date, label: format(m.value) })),
    yTicks: ticks.map((v, i) => ({ y: y(v), label: tickLabels[i]! })),
    xTicks: monthsOf(cycle).map(({ date, label }) => ({ x: x(date), label })),
    ...(inCycle ? { today: x(input.today) } : {}),
  };
}

/** The first day of each month from the cycle's start to its end (a year's cycle: twelve). */
function monthStarts(cycle: Cycle): string[] {
  const starts: string[] = [];
  let [year, monthIndex] = cycle.start.split('-').map(Number) as [number, number];
  if (!cycle.start.endsWith('-01')) monthIndex += 1;
  for (;;) {
    if (monthIndex > 12) [year, monthIndex] = [year + 1, 1];
    const date = `${year}-${String(monthIndex).padStart(2, '0')}-01`;
    if (date > cycle.end) return starts;
    starts.push(date);
    monthIndex += 1;
  }
}

function round(value: number, places = 1): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}
