import type { ThroughlineConfig } from '../schemas/config.ts';
import { monthLength } from '../schemas/iso-date.ts';

/** A planning cycle named `2026` (fiscal year) or `2026-Q4` (a quarter of it): its canonical id. */
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

/** How a company's fiscal years run and are named, from `throughline.yaml`. */
export interface FiscalCalendar {
  /** Month (1–12) the fiscal year starts in. */
  startMonth: number;
  /** Whether a fiscal year is named by the calendar year it starts in or the one it ends in. */
  namedBy: ThroughlineConfig['fiscalYearNamedBy'];
  /** How pages show a cycle. */
  label: ThroughlineConfig['cycleLabel'];
}

/** A calendar, or only the month the fiscal year starts in (named by its start year). */
export type CalendarLike = number | Pick<FiscalCalendar, 'startMonth' | 'namedBy'>;

/** The fiscal calendar a configuration describes. */
export function fiscalCalendar(config: ThroughlineConfig): FiscalCalendar {
  return { startMonth: config.fiscalYearStartMonth, namedBy: config.fiscalYearNamedBy, label: config.cycleLabel };
}

function calendarOf(calendar: CalendarLike): Pick<FiscalCalendar, 'startMonth' | 'namedBy'> {
  return typeof calendar === 'number' ? { startMonth: calendar, namedBy: 'start' } : calendar;
}

/**
 * Years between a fiscal year's name and the calendar year it starts in: 1 when it is named by
 * the year it ends and does not start in January (February 2020 to January 2021 is FY21).
 */
export function nameOffset(calendar: CalendarLike): number {
  const { startMonth, namedBy } = calendarOf(calendar);
  return namedBy === 'end' && startMonth > 1 ? 1 : 0;
}

const cyclePattern = /^(\d{4})(?:-Q([1-4]))?$/;

/** Parses a canonical cycle id and derives its dates from the fiscal calendar; undefined when malformed. */
export function parseCycle(id: string, calendar: CalendarLike): Cycle | undefined {
  const match = cyclePattern.exec(id);
  if (!match) return undefined;
  const year = Number(match[1]);
  const quarter = match[2] ? Number(match[2]) : undefined;
  const firstMonth = calendarOf(calendar).startMonth - 1 + (quarter ? (quarter - 1) * 3 : 0);
  const months = quarter ? 3 : 12;
  const start = new Date(Date.UTC(year - nameOffset(calendar), firstMonth, 1));
  const end = new Date(Date.UTC(year - nameOffset(calendar), firstMonth + months, 0));
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

/** The quarter that contains a date, as a canonical id. */
export function quarterContaining(date: string, calendar: CalendarLike): string {
  const { startMonth } = calendarOf(calendar);
  const [y, m] = date.split('-').map(Number) as [number, number];
  const monthsIntoYear = (m - startMonth + 12) % 12;
  const fiscalYear = (m >= startMonth ? y : y - 1) + nameOffset(calendar);
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
  return Math.round(epochDay(to) - epochDay(from));
}

/**
 * Days since 1970-01-01 of an ISO date (`Date.parse` / 86,400,000). A valid `YYYY-MM-DD` is
 * counted without `Date.parse`, which was a tenth of the charts' time (every check-in of every
 * chart is placed by it); anything else goes to `Date.parse`, so odd input gives what it gave.
 */
function epochDay(iso: string): number {
  if (iso.length === 10 && iso[4] === '-' && iso[7] === '-') {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 7);
    const day = digits(iso, 8, 10);
    if (month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month)) {
      // Days from the civil calendar (Howard Hinnant's algorithm), March-based years.
      const y = month <= 2 ? year - 1 : year;
      const era = Math.floor(y / 400);
      const yearOfEra = y - era * 400;
      const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
      const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
      return era * 146_097 + dayOfEra - 719_468;
    }
  }
  return Date.parse(iso) / 86_400_000;
}

/** The number the characters `from`–`to` of `text` spell, or NaN if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

/** Today's date, ISO, in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sorts cycle ids oldest first, a year before its quarters. */
export function compareCycles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How pages show a canonical cycle id in a label form of `throughline.yaml`: `FY21-Q3`, `FY2021 Q3`, `2021-Q3`. */
export function cycleLabel(id: string, form: FiscalCalendar['label']): string {
  const match = /^(\d{4})(?:-Q([1-4]))?$/.exec(id);
  if (!match || form === '2021-Q3') return id;
  const year = `FY${form.startsWith('FY21') ? match[1]!.slice(2) : match[1]}`;
  if (!match[2]) return year;
  return `${year}${form.includes(' ') ? ' ' : '-'}Q${match[2]}`;
}

/** A cycle as the configuration of a graph labels it; pages, maps and search show this, URLs keep the id. */
export function labelCycle(graph: { config: { cycleLabel: FiscalCalendar['label'] } }, id: string): string {
  return cycleLabel(id, graph.config.cycleLabel);
}
