import { canonicalCycle } from '../../src/model/cycle-names.ts';
import { parseCycle } from '../../src/model/cycles.ts';
import type { ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import { cellText, parseDate, readCycle } from './cells.ts';
import type { HeaderRow } from './headers.ts';

export interface Calendar {
  startMonth: number;
  namedBy: 'start' | 'end';
}

/** How a sheet written with FY cycles runs its fiscal years, for a content folder without a throughline.yaml. */
export interface FiscalYearReading {
  /** The form the sheet writes a quarter in (`FY21-Q1`), for `cycleLabel`. */
  label: string;
  /** Set when the sheet's dates allow one calendar only (as far as its cycles' dates go). */
  calendar?: Calendar;
  /** What the report says: how the calendar was read, or what to set. */
  message: string;
}

/** Days after a cycle's end that a dated result may still belong to it (closing check-ins). */
const graceDays = 14;

/**
 * Reads the fiscal calendar from the dates a sheet gives inside its FY cycles: every calendar
 * (start month × named by start or end) is tried, and one is taken only when all the calendars
 * that fit every date give the sheet's cycles the same days. Otherwise nothing is guessed.
 */
export function readFiscalYear(
  rows: readonly unknown[][],
  header: HeaderRow,
  fallbackCycle: string,
  monthFirst: boolean,
): FiscalYearReading | undefined {
  const cell = (cells: unknown[], key: ColumnKey) => {
    const at = header.columns.get(key);
    return at === undefined ? undefined : cells[at];
  };
  const dated: { cycle: string; date: string }[] = [];
  const cycles = new Set<string>();
  let previous = fallbackCycle;
  for (const cells of rows.slice(header.index + 1)) {
    if (cells.every((c) => cellText(c) === '')) continue;
    previous = cellText(cell(cells, 'cycle')) || previous;
    const cycle = readCycle(previous);
    if (!cycle?.startsWith('FY')) continue;
    cycles.add(cycle);
    const date = parseDate(cell(cells, 'asOf'), monthFirst);
    if (date) dated.push({ cycle, date });
  }
  if (!cycles.size) return undefined;
  const names = [...cycles].sort();
  const label = names.find((c) => c.includes('-Q')) ?? names[0]!;
  const fits: { calendar: Calendar; days: string }[] = [];
  for (const namedBy of ['start', 'end'] as const)
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      const calendar = { startMonth, namedBy };
      const inside = dated.every(({ cycle, date }) => {
        const dates = parseCycle(canonicalCycle(cycle)!, calendar)!;
        return date >= dates.start && date <= addDays(dates.end, graceDays);
      });
      if (inside) fits.push({ calendar, days: names.map((c) => dayRange(c, calendar)).join(' ') });
    }
  const readings = new Set(fits.map((f) => f.days));
  const year = label.slice(0, 4);
  if (dated.length && readings.size === 1) {
    const { calendar } = fits[0]!;
    return {
      label,
      calendar,
      message: `cycles are written ${label}: the dates in the sheet put ${label} from ${dayRange(label, calendar).replace(' ', ' to ')}, so throughline.yaml says fiscalYearStartMonth: ${calendar.startMonth} and fiscalYearNamedBy: ${calendar.namedBy}`,
    };
  }
  const why = !dated.length
    ? `no date in the sheet says when ${year} runs`
    : readings.size
      ? `its dates fit more than one fiscal calendar`
      : `its dates fit no fiscal calendar`;
  return {
    label,
    message: `cycles are written ${label} and ${why}: set fiscalYearStartMonth and fiscalYearNamedBy in throughline.yaml, where they are written as comments; until then ${label} runs from ${dayRange(label, { startMonth: 1, namedBy: 'start' }).replace(' ', ' to ')}, and check-ins without a date are dated the day of the import`,
  };
}

function dayRange(cycle: string, calendar: Calendar): string {
  const dates = parseCycle(canonicalCycle(cycle)!, calendar)!;
  return `${dates.start} ${dates.end}`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
