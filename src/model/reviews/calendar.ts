import { isoDay, type Cycle } from '../cycles.ts';

/** Seven days of a cycle, numbered from 1: the first starts on the cycle's first day. */
export interface ReviewWeek {
  /** 1-based, stable for the cycle: part of the page's address (`week-3`). */
  number: number;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO; the cycle's last day for a short final week. */
  end: string;
}

/** A calendar month of a cycle, `yyyy-mm`, with its days inside the cycle. */
export interface ReviewMonth {
  month: string;
  start: string;
  end: string;
}

/** The day `days` after an ISO day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** The weeks of a cycle that have begun by `today` (all of them once it has closed). */
export function cycleWeeks(cycle: Cycle, today: string): ReviewWeek[] {
  const weeks: ReviewWeek[] = [];
  for (let start = cycle.start, n = 1; start <= cycle.end && start <= today; start = addDays(start, 7), n++) {
    const end = addDays(start, 6);
    weeks.push({ number: n, start, end: end > cycle.end ? cycle.end : end });
  }
  return weeks;
}

/** The months of a cycle that have begun by `today`. */
export function cycleMonths(cycle: Cycle, today: string): ReviewMonth[] {
  const months: ReviewMonth[] = [];
  let start = cycle.start;
  while (start <= cycle.end && start <= today) {
    const [year, month] = start.split('-').map(Number) as [number, number];
    const last = isoDay(new Date(Date.UTC(year, month, 0)));
    months.push({ month: start.slice(0, 7), start, end: last > cycle.end ? cycle.end : last });
    start = addDays(last, 1);
  }
  return months;
}

/** The earlier of two ISO days. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}
