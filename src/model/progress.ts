import type { CheckInData } from '../schemas/check-in.ts';
import type { Direction, ProgressStart } from '../schemas/key-result.ts';
import type { KeyResult } from './types.ts';

/**
 * How a key result or objective is going (docs/status.md); status is never shown by colour alone.
 * `behind-pace` is an open cycle's mildest cue; `partly-met` and `missed` are a closed cycle's outcomes.
 */
export type Health =
  'not-started' | 'on-track' | 'behind-pace' | 'at-risk' | 'off-track' | 'done' | 'partly-met' | 'missed' | 'cancelled';

/** Check-ins oldest first (authors append, but order is not trusted). */
export function sortedCheckIns(kr: KeyResult): readonly CheckInData[] {
  // Sorted once per list of check-ins: a key result's page, its reviews, feeds and exports all ask.
  let sorted = sortedOnce.get(kr.data.checkIns);
  if (!sorted) {
    sorted = [...kr.data.checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    sortedOnce.set(kr.data.checkIns, sorted);
  }
  return sorted;
}
const sortedOnce = new WeakMap<readonly CheckInData[], readonly CheckInData[]>();

/**
 * The check-ins measured by a day, oldest first: one dated after it is announced, not measured
 * (`checkin/future` warns), so it never becomes the current value. Without a day, all of them.
 */
export function checkInsAsOf(kr: KeyResult, today?: string): readonly CheckInData[] {
  const sorted = sortedCheckIns(kr);
  return today === undefined ? sorted : sorted.filter((c) => c.date <= today);
}

/** The latest check-in measured by a day (any day when none is given), if any. */
export function latestCheckIn(kr: KeyResult, today?: string): CheckInData | undefined {
  let latest: CheckInData | undefined;
  for (const c of kr.data.checkIns)
    if ((today === undefined || c.date <= today) && (!latest || c.date >= latest.date)) latest = c;
  return latest;
}

function numeric(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** Whether a direction holds a line rather than moving towards a target. */
export function isHeldLine(direction: Direction): boolean {
  return direction === 'stay-above' || direction === 'stay-below' || direction === 'above' || direction === 'below';
}

/** Whether lower values are better: a decrease or a line to stay under. */
export function lowerIsBetter(direction: Direction): boolean {
  return direction === 'decrease' || direction === 'stay-below' || direction === 'below';
}

/**
 * Where progress counts from: the written baseline, 0 for a binary result, and otherwise
 * `progressFrom` — by default 0 for a result that should increase and the first check-in for
 * one that should decrease. Held lines need no start.
 */
export function baselineSource(kr: KeyResult): 'written' | ProgressStart | undefined {
  if (kr.data.baseline !== undefined) return 'written';
  if (kr.data.type === 'binary') return 'zero';
  if (isHeldLine(kr.data.direction)) return undefined;
  return kr.data.progressFrom ?? (kr.data.direction === 'decrease' ? 'first-check-in' : 'zero');
}

/** The baseline as progress uses it, on a day (the first check-in measured by then, when progress counts from it). */
export function baselineOf(kr: KeyResult, today?: string): number | undefined {
  switch (baselineSource(kr)) {
    case 'written':
      return kr.data.baseline;
    case 'zero':
      return 0;
    case 'first-check-in': {
      const first = checkInsAsOf(kr, today)[0];
      return first ? numeric(first.value) : undefined;
    }
    default:
      return undefined;
  }
}

/** The target, with binary results ending at 1. */
export function targetOf(kr: KeyResult): number | undefined {
  return kr.data.target ?? (kr.data.type === 'binary' ? 1 : undefined);
}

/** The current value on a day: the latest check-in's by then, or the baseline before any check-in. */
export function currentValue(kr: KeyResult, today?: string): number | undefined {
  const latest = latestCheckIn(kr, today);
  return latest ? numeric(latest.value) : baselineOf(kr, today);
}

/** Whether a value holds a key result's line (strict for `above`/`below`, inclusive for `stay-…`). */
export function holdsLine(direction: Direction, value: number, line: number): boolean {
  switch (direction) {
    case 'above':
      return value > line;
    case 'below':
      return value < line;
    case 'stay-below':
      return value <= line;
    default:
      return value >= line;
  }
}

/** Progress of a value from baseline to target, 0–1; correct for decreasing metrics and held lines. */
export function progressOf(
  kr: KeyResult,
  value: number | undefined = currentValue(kr),
  today?: string,
): number | undefined {
  const target = targetOf(kr);
  if (value === undefined || target === undefined) return undefined;
  if (isHeldLine(kr.data.direction)) return holdsLine(kr.data.direction, value, target) ? 1 : 0;
  const baseline = baselineOf(kr, today);
  if (baseline === undefined || baseline === target) return undefined;
  return clamp((value - baseline) / (target - baseline));
}

function clamp(share: number): number {
  return Math.min(1, Math.max(0, share));
}

/** Mean progress of the measurable key results on a day (any day when none is given), 0–1. */
export function objectiveProgress(keyResults: readonly KeyResult[], today?: string): number | undefined {
  const values = keyResults
    .map((kr) => progressOf(kr, currentValue(kr, today), today))
    .filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
