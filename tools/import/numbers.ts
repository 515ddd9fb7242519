import type { Direction } from '../../src/schemas/key-result.ts';
import { heldLineOfComparison } from './held-lines.ts';

/** A number as people type it in a spreadsheet cell: "50%", "$1.2M", "€40k", "1,200", "1.200,5", "< 200 ms". */
export interface TypedNumber {
  value: number;
  /** `%`, an ISO currency code, or the words after the number ("ms", "customers"). */
  unit?: string;
  /** True for a currency symbol or code. */
  currency?: boolean;
  /** The other reading of a lone separator before three digits, when the one taken is the decimal one ("1.100" read as 1.1). */
  otherReading?: number;
  /** A comparison written before the number: the line to hold ("≥ 62%" on or above it, "< 2 s" strictly below). */
  holds?: Direction;
}

export interface NumberOptions {
  /** "," separates decimals ("1,5" and "1.200,5"); otherwise "," separates thousands. */
  decimalComma?: boolean;
}

const currencySymbols: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const currencyCodes = new Set(['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'INR']);
const multipliers: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, m: 1e6, bn: 1e9, B: 1e9 };

// Anchored and without nested quantifiers: one pass per cell, whatever it holds.
const shape =
  /^(?<cmp><=|>=|≤|≥|<|>|at least |at most |under |below |above |over |min\.? |max\.? )? ?(?<sign>[-−+])?(?<cur>[$€£¥₹]|[A-Z]{3} )?(?<num>\d[\d.,']*)(?<mult>MM|mn|bn|[kKMmB](?![a-zA-Z]))?\s*(?<rest>.*)$/;

/** The number a cell holds, or undefined when it holds none (text, blank, "TBD"). */
export function parseTypedNumber(cell: unknown, options: NumberOptions = {}): TypedNumber | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell } : undefined;
  if (typeof cell !== 'string') return undefined;
  // Spaces and apostrophes between digit groups ("1 200", "1'200"), non-breaking ones included.
  const text = cell.trim().replace(/(\d)[\s\u00a0\u202f'](?=\d{3}(?!\d))/g, '$1');
  const match = shape.exec(text.replace(/\s+/g, ' '));
  if (!match?.groups) return undefined;
  const { cmp, sign, cur, num, mult, rest } = match.groups as Record<string, string | undefined>;
  const code = cur ? (currencySymbols[cur] ?? (currencyCodes.has(cur.trim()) ? cur.trim() : undefined)) : undefined;
  if (cur && !code) return undefined;
  let value = parseDigits(num!, options);
  if (value === undefined) return undefined;
  let unit = rest!.trim();
  // "8/10" and "8/10 (80%)": 8 done of 10, as teams report results; "/10" is no unit.
  if (/^\/ ?\d[\d.,]*(?: ?\( ?\d[\d.,]* ?% ?\))?$/.test(unit)) unit = '';
  // A lone "m" is metres or minutes unless money is meant.
  if (mult) {
    if (mult === 'm' && !code && !currencyCodes.has(unit)) unit = `m${unit ? ` ${unit}` : ''}`.trim();
    else value = round(value * multipliers[mult]!);
  }
  if (sign === '-' || sign === '−') value = -value;
  // "14,80 €" and "40k EUR": the currency after the number, as much of Europe writes it.
  const trailingCode = currencySymbols[unit] ?? (currencyCodes.has(unit) ? unit : undefined);
  const result: TypedNumber = { value };
  if (code || trailingCode) {
    result.unit = code ?? trailingCode;
    result.currency = true;
  } else if (unit) {
    if (!/^[%\p{L}/°][\p{L}\p{N} %/.°-]*$/u.test(unit)) return undefined;
    result.unit = unit.startsWith('%') ? '%' : unit;
  }
  // "1.100" read as 1.1 may mean 1100: said, not guessed.
  if (/^\d{1,3}[.,]\d{3}$/.test(num!) && !Number.isInteger(parseDigits(num!, options)!))
    result.otherReading = (value / parseDigits(num!, options)!) * Number(num!.replace(/[.,]/, ''));
  if (cmp) result.holds = heldLineOfComparison(cmp);
  return result;
}

/** Digits with separators: the last of "." and "," when both appear is the decimal mark. */
function parseDigits(digits: string, { decimalComma = false }: NumberOptions): number | undefined {
  const text = digits.replace(/'/g, '');
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  let plain: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    if (text.indexOf(decimal) !== text.lastIndexOf(decimal)) return undefined;
    plain = text.split(thousands).join('').replace(',', '.');
  } else if (lastComma >= 0) {
    const grouped = /^\d{1,3}(,\d{3})+$/.test(text);
    if (grouped && !(decimalComma && text.indexOf(',') === lastComma)) plain = text.replace(/,/g, '');
    else if (text.indexOf(',') === lastComma) plain = text.replace(',', '.');
    else return undefined;
  } else if (lastDot >= 0) {
    const grouped = /^\d{1,3}(\.\d{3})+$/.test(text);
    if (grouped && (decimalComma || text.indexOf('.') !== lastDot)) plain = text.replace(/\./g, '');
    else if (text.indexOf('.') === lastDot) plain = text;
    else return undefined;
  } else plain = text;
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  return Number(plain);
}

/** Rounds away binary noise from a multiplication ("1.2M" is 1200000, not 1199999.9999999998). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/** Words that mean done or not done, for binary key results. */
const yes = new Set(['yes', 'y', 'true', 'done', 'complete', 'completed', 'launched', 'shipped', 'achieved', '✓', '✔']);
const no = new Set(['no', 'n', 'false', 'not done', 'not started', 'in progress', 'open', 'pending', '✗']);

/** True or false for a cell that says done or not done; undefined for anything else. */
export function parseDone(cell: unknown): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().toLowerCase();
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return undefined;
}
