import { isIsoDate } from '../../src/schemas/common.ts';
import type { Confidence } from '../../src/schemas/check-in.ts';
import type { Direction, KeyResultType } from '../../src/schemas/key-result.ts';

/** The text of a cell: trimmed, non-breaking spaces folded; numbers and dates as text. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  const text = String(cell)
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();
  // An apostrophe before "=", "+", "-" or "@" keeps a spreadsheet from running the text as a
  // formula (the key-result export writes one); spreadsheets hide it, and so does the import.
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Day 0 of Excel's serial dates (its 1900 leap-year bug included). */
const excelEpoch = Date.UTC(1899, 11, 30);

/**
 * An ISO date from a cell: a date cell, an Excel serial number, `2026-10-07`, `7/10/2026`
 * (day first unless `monthFirst`), `7 Oct 2026` or `Oct 7, 2026`.
 */
export function parseDate(cell: unknown, monthFirst = false): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') return serialDate(cell);
  const text = cellText(cell).toLowerCase();
  if (/^\d{5}(\.\d+)?$/.test(text)) return serialDate(Number(text));
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(text);
  if (match) return iso(+match[1]!, +match[2]!, +match[3]!);
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (match) {
    const [a, b] = [+match[1]!, +match[2]!];
    // A first number above 12 can only be a day, a second above 12 only a day too.
    const dayFirst = a > 12 || (b <= 12 && !monthFirst);
    return iso(year(match[3]!), dayFirst ? b : a, dayFirst ? a : b);
  }
  match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3})[a-z]*\.?,? (\d{4})$/.exec(text);
  if (match) return iso(+match[3]!, months.indexOf(match[2]!) + 1, +match[1]!);
  match = /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(text);
  if (match) return iso(+match[3]!, months.indexOf(match[1]!) + 1, +match[2]!);
  return undefined;
}

function serialDate(serial: number): string | undefined {
  if (!(serial > 20000 && serial < 80000)) return undefined;
  return new Date(excelEpoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

function year(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function iso(y: number, m: number, d: number): string | undefined {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/**
 * A cycle as Throughline names it: `2026-Q4` from "2026-Q4", "Q4 2026", "Q4'26", "2026 Q4";
 * `FY27-Q1` from "FY27 Q1", "Q1 FY2027"; `2026` from a year.
 */
export function readCycle(cell: unknown): string | undefined {
  const text = cellText(cell).toUpperCase().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(text)) return text;
  let match = /^(\d{4}) ?[-/_ ]? ?Q([1-4])$/.exec(text) ?? /^Q([1-4]) ?[-/_' ]? ?(\d{4}|\d{2})$/.exec(text);
  if (match) {
    const [y, q] = match[1]!.length === 1 ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
    return `${year(y)}-Q${q}`;
  }
  match =
    /^FY ?'?(\d{4}|\d{2}) ?[-/_ ]? ?Q([1-4])$/.exec(text) ?? /^Q([1-4]) ?[-/_ ]? ?FY ?'?(\d{4}|\d{2})$/.exec(text);
  if (match) {
    const [y, q] = match[1]!.length === 1 ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
    return `FY${y.slice(-2)}-Q${q}`;
  }
  return undefined;
}

/** Confidence from a word (high, green, on track…), a 0–10 or 0–1 score, or a percentage. */
export function parseConfidence(cell: unknown): Confidence | undefined {
  const text = cellText(cell).toLowerCase();
  if (/^(high|h|green|on track|good|confident)$/.test(text)) return 'high';
  if (/^(medium|med|m|amber|yellow|at risk|ok)$/.test(text)) return 'medium';
  if (/^(low|l|red|off track|behind|blocked)$/.test(text)) return 'low';
  const match = /^(\d+(?:\.\d+)?)\s*(%|\/ ?10)?$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]);
  const share = match[2] === '%' || n > 10 ? n / 100 : n > 1 || match[2] ? n / 10 : n;
  if (share > 1) return undefined;
  return share >= 0.7 ? 'high' : share >= 0.4 ? 'medium' : 'low';
}

/** An objective's lifecycle from a status cell; undefined when the cell speaks of confidence instead. */
export function parseStatus(cell: unknown): 'active' | 'done' | 'cancelled' | undefined {
  const text = cellText(cell).toLowerCase();
  if (/^(active|in progress|ongoing|open|not started|started|planned)$/.test(text)) return 'active';
  if (/^(done|complete|completed|achieved|closed|finished)$/.test(text)) return 'done';
  if (/^(cancelled|canceled|dropped|abandoned|deprioriti[sz]ed|stopped)$/.test(text)) return 'cancelled';
  return undefined;
}

/** A direction from a cell: increase, decrease, stay above, stay below, and their everyday words. */
export function parseDirection(cell: unknown): Direction | undefined {
  const text = cellText(cell)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  if (/^(increase|up|grow|higher|more|raise|maximi[sz]e|↑)$/.test(text)) return 'increase';
  if (/^(decrease|down|reduce|lower|less|cut|minimi[sz]e|↓)$/.test(text)) return 'decrease';
  if (/^(stay-above|at-least|keep-above|at-or-above|maintain|min|minimum|floor|≥|>=)$/.test(text)) return 'stay-above';
  if (/^(stay-below|at-most|keep-below|at-or-below|max|maximum|ceiling|cap|≤|<=)$/.test(text)) return 'stay-below';
  // Strict lines: the value on the line does not hold ("under 2 seconds": 2 s is not under).
  if (/^(above|over|more-than|greater-than|>)$/.test(text)) return 'above';
  if (/^(below|under|less-than|fewer-than|<)$/.test(text)) return 'below';
  return undefined;
}

/** A key result type from a cell: metric, percentage, currency, binary, and their everyday words. */
export function parseType(cell: unknown): KeyResultType | undefined {
  const text = cellText(cell).toLowerCase();
  if (/^(metric|number|count|numeric|#)$/.test(text)) return 'metric';
  if (/^(percentage|percent|%)$/.test(text)) return 'percentage';
  if (/^(currency|money|revenue|amount)$/.test(text)) return 'currency';
  if (/^(binary|yes\/no|boolean|milestone|done\/not done|checkbox)$/.test(text)) return 'binary';
  return undefined;
}

/** A share from a progress or grade cell: "60%", "60", "0.6" → 0.6. */
export function parseShare(cell: unknown): number | undefined {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell);
  const match = /^(\d+(?:[.,]\d+)?)\s*(%)?$/.exec(text);
  if (!match) return undefined;
  const n = Number(match[1]!.replace(',', '.'));
  const share = match[2] || n > 1 ? n / 100 : n;
  return share <= 1 ? share : undefined;
}
