/** A planning cycle named `2026` (fiscal year) or `2026-Q4` (a quarter of it). */
export interface Cycle {
  id: string;
  year: number;
  /** 1–4 for a quarter; undefined for a whole year. */
  quarter?: number;
  /** First day, ISO. */
  start: string;
  /** Last day, ISO. */
  end: string;
}

export type CycleState = 'closed' | 'current' | 'upcoming';

const cyclePattern = /^(\d{4})(?:-Q([1-4]))?$/;

/** Parses a cycle id and derives its dates from the month the fiscal year starts in; undefined when malformed. */
export function parseCycle(id: string, fiscalYearStartMonth: number): Cycle | undefined {
  const match = cyclePattern.exec(id);
  if (!match) return undefined;
  const year = Number(match[1]);
  const quarter = match[2] ? Number(match[2]) : undefined;
  const firstMonth = fiscalYearStartMonth - 1 + (quarter ? (quarter - 1) * 3 : 0);
  const months = quarter ? 3 : 12;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  const end = new Date(Date.UTC(year, firstMonth + months, 0));
  return { id, year, quarter, start: isoDay(start), end: isoDay(end) };
}

/** The fiscal year a quarter belongs to (a year belongs to itself). */
export function yearOf(cycleId: string): string {
  return cycleId.slice(0, 4);
}

/** Whether a child cycle may align to a parent cycle: the same cycle, or a quarter to its own year. */
export function cycleFitsUnder(child: string, parent: string): boolean {
  return child === parent || (child.length > 4 && parent.length === 4 && yearOf(child) === parent);
}

/** Whether an ISO date falls inside a cycle, both ends included. */
export function isInCycle(date: string, cycle: Cycle): boolean {
  return date >= cycle.start && date <= cycle.end;
}

/** Where a cycle stands relative to today. */
export function cycleState(cycle: Cycle, today: string): CycleState {
  if (today > cycle.end) return 'closed';
  if (today < cycle.start) return 'upcoming';
  return 'current';
}

/** The quarter that contains a date. */
export function quarterContaining(date: string, fiscalYearStartMonth: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const monthsIntoYear = (m - fiscalYearStartMonth + 12) % 12;
  const fiscalYear = m >= fiscalYearStartMonth ? y : y - 1;
  return `${fiscalYear}-Q${Math.floor(monthsIntoYear / 3) + 1}`;
}

/** Share of a cycle elapsed on a date, 0–1. */
export function elapsedShare(cycle: Cycle, date: string): number {
  const start = Date.parse(cycle.start);
  const end = Date.parse(cycle.end) + 86_400_000;
  return Math.min(1, Math.max(0, (Date.parse(date) - start) / (end - start)));
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Today's date, ISO, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sorts cycle ids oldest first, a year before its quarters. */
export function compareCycles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
