import { cycleSource } from '../schemas/common.ts';
import type { FiscalCalendar } from './cycles.ts';

// The written forms of common.ts, with the year and the quarter captured.
const writtenCycle = /^(?:(\d{4})|FY ?(\d{2}|\d{4}))(?:[- ]?Q([1-4]))?$/;
const startsWithCycle = new RegExp(`^(${cycleSource})(?=/|$)`);

/**
 * The canonical id of a cycle as written (`FY21-Q3`, `FY2021 Q3`, `2021-Q3` → `2021-Q3`; `FY21` →
 * `2021`); undefined when it is not a cycle. The year keeps its name: whether it is the year the
 * fiscal year starts or ends in is the calendar's to say when dates are derived.
 */
export function canonicalCycle(written: string): string | undefined {
  const match = writtenCycle.exec(written);
  if (!match) return undefined;
  const year = match[1] ?? (match[2]!.length === 2 ? `20${match[2]}` : match[2]!);
  return match[3] ? `${year}-Q${match[3]}` : year;
}

/** A reference whose document is a brief written by its cycle (`FY21-Q3/growth`), with the cycle made canonical. */
export function canonicalRef(ref: string): string {
  const match = startsWithCycle.exec(ref);
  if (!match) return ref;
  const cycle = canonicalCycle(match[1]!);
  return cycle ? cycle + ref.slice(match[1]!.length) : ref;
}

/**
 * The hint for a cycle that could not be read: the forms accepted, with an example of this
 * configuration, and what the year means.
 */
export function cycleHint(calendar: Pick<FiscalCalendar, 'namedBy'>, example = '2026-Q4'): string {
  const [year, quarter] = example.split('-Q') as [string, string | undefined];
  const short = year.slice(2);
  const q = quarter ?? '4';
  const named =
    calendar.namedBy === 'end'
      ? 'by the calendar year they end in (fiscalYearNamedBy: end)'
      : 'by the calendar year they start in';
  return (
    `Write a quarter as ${year}-Q${q}, FY${short}-Q${q} or FY${year}-Q${q}, a whole year as ${year}, FY${short} or FY${year}; ` +
    `fiscal years are named ${named}.`
  );
}
