import type { MilestoneData } from '../schemas/milestone.ts';
import { checkInsAsOf, lowerIsBetter } from './progress.ts';
import type { KeyResult } from './types.ts';

/** Where a milestone stands on a day. */
export type MilestoneState = 'met' | 'missed' | 'upcoming';

/** A milestone with its state and the check-in it was judged on. */
export interface MilestoneReading {
  milestone: MilestoneData;
  state: MilestoneState;
  /** The latest check-in dated on or before the milestone (and measured by the day), if any. */
  measured?: { date: string; value: number };
}

/**
 * Each milestone against the check-ins, oldest first: met when the latest check-in on or before
 * its date reached its value (in the key result's direction), missed once its date has passed
 * without that, upcoming otherwise. One pass over milestones and check-ins, both sorted.
 */
export function milestoneReadings(kr: KeyResult, today: string): MilestoneReading[] {
  const checkIns = checkInsAsOf(kr, today);
  const milestones = [...kr.data.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lower = lowerIsBetter(kr.data.direction);
  const readings: MilestoneReading[] = [];
  let next = 0;
  let measured: MilestoneReading['measured'];
  for (const milestone of milestones) {
    while (next < checkIns.length && checkIns[next]!.date <= milestone.date) {
      const { date, value } = checkIns[next++]!;
      measured = { date, value: typeof value === 'boolean' ? Number(value) : value };
    }
    const reached =
      measured !== undefined && (lower ? measured.value <= milestone.value : measured.value >= milestone.value);
    const state: MilestoneState = reached ? 'met' : milestone.date < today ? 'missed' : 'upcoming';
    readings.push({ milestone, state, ...(measured ? { measured } : {}) });
  }
  return readings;
}
