import { daysBetween, elapsedShare, type Cycle } from './cycles.ts';
import { currentValue, isHeldLine, latestCheckIn, progressOf } from './progress.ts';
import type { KeyResult } from './types.ts';

/** How a key result's progress compares with where it should be by the day it was measured. */
export type PaceState = 'ahead' | 'on-pace' | 'behind' | 'not-measured' | 'not-applicable';

/** A key result's pace: its progress at its latest check-in against the progress expected that day. */
export interface Pace {
  state: PaceState;
  /** The day compared: the latest check-in's (never a day after today); today before any check-in. */
  asOf: string;
  /** Share of the cycle elapsed on that day, 0–1. */
  elapsed: number;
  /** Progress expected that day, 0–1: the milestones' line when written, else a straight line over the cycle. */
  expected: number;
  /** Progress measured that day, 0–1; undefined before any check-in or without a target. */
  progress?: number;
}

/**
 * Progress a key result is behind pace by before it counts as behind: ten points, so a check-in
 * a few days late or a lumpy week does not turn a goal amber.
 */
export const paceMargin = 0.1;

/**
 * The line of expected progress over a cycle: 0 on its first day, each milestone at its level,
 * the target (1) on its last. Without milestones, a straight line.
 */
export function expectedLine(kr: KeyResult, cycle: Cycle): { date: string; progress: number }[] {
  const milestones = [...(kr.data.milestones ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const points: { date: string; progress: number }[] = [{ date: cycle.start, progress: 0 }];
  for (const milestone of milestones) {
    const progress = progressOf(kr, milestone.value);
    if (progress !== undefined) points.push({ date: milestone.date, progress });
  }
  points.push({ date: cycle.end, progress: 1 });
  return points;
}

/** Progress expected on a day, on the expected line: between two points, on the line joining them. */
function expectedOn(points: readonly { date: string; progress: number }[], day: string): number {
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const after = points[i]!;
    if (day > after.date) continue;
    const span = daysBetween(before.date, after.date);
    if (span <= 0) return after.progress;
    return before.progress + ((after.progress - before.progress) * daysBetween(before.date, day)) / span;
  }
  return 1;
}

/**
 * Where a key result stands against the time elapsed, judged on the day of its latest check-in
 * (so a result measured a month ago is compared with where it should have been a month ago; being
 * out of date is `checkin/stale`'s business). Held lines and binary results have no pace: they
 * are met or not. A check-in dated after today is not counted.
 */
export function keyResultPace(kr: KeyResult, cycle: Cycle | undefined, today: string): Pace {
  const latest = latestCheckIn(kr, today);
  const asOf = latest?.date ?? today;
  const elapsed = cycle ? elapsedShare(cycle, asOf) : 0;
  const notApplicable = !cycle || kr.data.type === 'binary' || isHeldLine(kr.data.direction);
  // Without milestones the line is straight, and the share elapsed is exact (no day rounding).
  const expected = notApplicable
    ? 0
    : Math.max(0, Math.min(1, kr.data.milestones?.length ? expectedOn(expectedLine(kr, cycle), asOf) : elapsed));
  if (notApplicable) return { state: 'not-applicable', asOf, elapsed, expected };
  const progress = latest ? progressOf(kr, currentValue(kr, today), today) : undefined;
  if (progress === undefined) return { state: 'not-measured', asOf, elapsed, expected };
  const state = progress < expected - paceMargin ? 'behind' : progress > expected + paceMargin ? 'ahead' : 'on-pace';
  return { state, asOf, elapsed, expected, progress };
}
