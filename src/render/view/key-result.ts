import { milestoneReadings, type MilestoneState } from '../../model/milestones.ts';
import { baselineOf, baselineSource, checkInsAsOf, currentValue, latestCheckIn } from '../../model/progress.ts';
import type { KeyResult } from '../../model/types.ts';
import { formatValue } from './values.ts';

/** What a key result card says where a value goes when nothing has been measured. */
export const notMeasured = 'not measured yet';

/**
 * The baseline as the card shows it: the written one, or where progress counts from when none
 * is written ("none, progress from 0", "none, progress from the first check-in of 12").
 */
export function baselineText(kr: KeyResult, today: string): string {
  const source = baselineSource(kr);
  const baseline = baselineOf(kr, today);
  if (source === 'written' || kr.data.type === 'binary') return formatValue(baseline, kr.data);
  if (source === 'zero') return `none, progress from ${formatValue(0, kr.data)}`;
  if (source === 'first-check-in')
    return baseline === undefined
      ? 'none, progress from the first check-in'
      : `none, progress from the first check-in of ${formatValue(baseline, kr.data)}`;
  return formatValue(undefined, kr.data);
}

/** The current value on a day, or "not measured yet" before a check-in when no written baseline stands in for it. */
export function currentText(kr: KeyResult, today: string): string {
  const measured = latestCheckIn(kr, today) !== undefined;
  if (!measured && (kr.data.type === 'binary' || baselineSource(kr) !== 'written')) return notMeasured;
  return formatValue(currentValue(kr, today), kr.data);
}

/** The check-ins a chart draws: those measured by the day, as numbers. */
export function chartCheckIns(kr: KeyResult, today: string): { date: string; value: number }[] {
  return checkInsAsOf(kr, today).map((c) => ({ date: c.date, value: Number(c.value) }));
}

const milestoneWords: Record<MilestoneState, { symbol: string; word: string }> = {
  met: { symbol: '✔', word: 'met' },
  missed: { symbol: '✖', word: 'missed' },
  upcoming: { symbol: '○', word: 'upcoming' },
};

/** One milestone as a card lists it: due level, its state in a symbol and a word, and what was measured. */
export interface MilestoneRow {
  date: string;
  due: string;
  symbol: string;
  state: MilestoneState;
  word: string;
  measured?: string;
}

/** The milestones of a key result against its check-ins on a day, oldest first. */
export function milestoneRows(kr: KeyResult, today: string): MilestoneRow[] {
  return milestoneReadings(kr, today).map(({ milestone, state, measured }) => ({
    date: milestone.date,
    due: formatValue(milestone.value, kr.data),
    state,
    ...milestoneWords[state],
    ...(measured ? { measured: `${formatValue(measured.value, kr.data)} on ${measured.date}` } : {}),
  }));
}
