import type { CheckInData, Confidence } from '../schemas/check-in.ts';
import { elapsedShare, type Cycle } from './cycles.ts';
import type { KeyResult, Objective } from './types.ts';

/** How a key result or objective is going; status is never shown by colour alone. */
export type Health = 'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'done' | 'cancelled';

/** Check-ins oldest first (authors append, but order is not trusted). */
export function sortedCheckIns(kr: KeyResult): CheckInData[] {
  return [...kr.data.checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The latest check-in, if any. */
export function latestCheckIn(kr: KeyResult): CheckInData | undefined {
  let latest: CheckInData | undefined;
  for (const c of kr.data.checkIns) if (!latest || c.date >= latest.date) latest = c;
  return latest;
}

function numeric(value: number | boolean): number {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** The baseline, with binary results starting at 0. */
export function baselineOf(kr: KeyResult): number | undefined {
  return kr.data.baseline ?? (kr.data.type === 'binary' ? 0 : undefined);
}

/** The target, with binary results ending at 1. */
export function targetOf(kr: KeyResult): number | undefined {
  return kr.data.target ?? (kr.data.type === 'binary' ? 1 : undefined);
}

/** The current value: the latest check-in's, or the baseline before any check-in. */
export function currentValue(kr: KeyResult): number | undefined {
  const latest = latestCheckIn(kr);
  return latest ? numeric(latest.value) : baselineOf(kr);
}

/** Progress of a value from baseline to target, 0–1; correct for decreasing metrics and held lines. */
export function progressOf(kr: KeyResult, value: number | undefined = currentValue(kr)): number | undefined {
  const target = targetOf(kr);
  if (value === undefined || target === undefined) return undefined;
  switch (kr.data.direction) {
    case 'stay-above':
      return value >= target ? 1 : 0;
    case 'stay-below':
      return value <= target ? 1 : 0;
    default: {
      const baseline = baselineOf(kr);
      if (baseline === undefined || baseline === target) return undefined;
      return clamp((value - baseline) / (target - baseline));
    }
  }
}

function clamp(share: number): number {
  return Math.min(1, Math.max(0, share));
}

const confidenceHealth: Record<Confidence, Health> = { high: 'on-track', medium: 'at-risk', low: 'off-track' };

/**
 * How a key result is going on a date: done once the target is reached, otherwise the
 * owner's latest confidence, or — without one — progress against the share of the cycle elapsed.
 */
export function keyResultHealth(kr: KeyResult, cycle: Cycle | undefined, today: string): Health {
  if (kr.objective.data.status === 'cancelled') return 'cancelled';
  const latest = latestCheckIn(kr);
  if (!latest) return 'not-started';
  const progress = progressOf(kr);
  const isHeldLine = kr.data.direction === 'stay-above' || kr.data.direction === 'stay-below';
  if (progress === 1 && !isHeldLine) return 'done';
  if (latest.confidence) return confidenceHealth[latest.confidence];
  if (progress === undefined || !cycle) return 'at-risk';
  const expected = elapsedShare(cycle, today);
  if (isHeldLine) return progress === 1 ? 'on-track' : 'off-track';
  if (progress >= expected * 0.9) return 'on-track';
  return progress >= expected * 0.6 ? 'at-risk' : 'off-track';
}

/** Mean progress of the measurable key results, 0–1. */
export function objectiveProgress(keyResults: readonly KeyResult[]): number | undefined {
  const values = keyResults.map((kr) => progressOf(kr)).filter((v): v is number => v !== undefined);
  if (values.length === 0) return undefined;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Healths worst first: an objective, a theme or a priority takes the first one found among the goals under it. */
export const healthBySeverity: readonly Health[] = [
  'off-track',
  'at-risk',
  'on-track',
  'done',
  'not-started',
  'cancelled',
];

/** An objective's health: its lifecycle status first, then the worst of its started key results. */
export function objectiveHealth(
  objective: Objective,
  keyResults: readonly KeyResult[],
  cycle: Cycle | undefined,
  today: string,
): Health {
  if (objective.data.status === 'cancelled') return 'cancelled';
  if (objective.data.status === 'done') return 'done';
  const healths: Health[] = keyResults
    .map((kr) => keyResultHealth(kr, cycle, today))
    .filter((h) => h !== 'not-started');
  if (healths.length === 0) return 'not-started';
  if (healths.every((h) => h === 'done')) return 'done';
  return healthBySeverity.find((h) => healths.includes(h)) ?? 'not-started';
}
