import { unitFor } from '../../model/plural.ts';
import type { KeyResultData } from '../../schemas/key-result.ts';

/** How a direction reads in a sentence. */
export const directionText: Record<KeyResultData['direction'], string> = {
  increase: 'higher is better',
  decrease: 'lower is better',
  'stay-above': 'must stay at or above target',
  'stay-below': 'must stay at or below target',
  above: 'must stay above target',
  below: 'must stay below target',
};

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
// Made once: constructing a NumberFormat costs far more than formatting, and every check-in is formatted.
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
// And each value once: a check-in's value is shown in its chart, its table, the reviews and the
// feeds, and formatting costs a microsecond where a lookup costs a few nanoseconds. Forgotten
// wholesale past a limit, which bounds memory without the bookkeeping of a recently-used list.
const formatted = new Map<number, string>();
function formatNumber(value: number): string {
  if (Object.is(value, -0)) return numberFormat.format(value); // a Map holds -0 and 0 as one key
  let text = formatted.get(value);
  if (text === undefined) {
    if (formatted.size >= 100_000) formatted.clear();
    formatted.set(value, (text = numberFormat.format(value)));
  }
  return text;
}

/** A key result value with its unit: `€1,200,000`, `42%`, `3.5 days`, `1 day`, `Yes`; "—" when unknown. */
export function formatValue(value: number | undefined, kr: Pick<KeyResultData, 'type' | 'unit'>): string {
  if (value === undefined) return '—';
  if (kr.type === 'binary') return value >= 1 ? 'Yes' : 'No';
  const number = formatNumber(value);
  const unit = kr.unit ?? (kr.type === 'percentage' ? '%' : '');
  if (kr.type === 'currency') {
    const symbol = currencySymbols[unit.toUpperCase()];
    return symbol ? `${symbol}${number}` : `${number} ${unit}`.trim();
  }
  if (unit === '%') return `${number}%`;
  return unit ? `${number} ${unitFor(value, unit)}` : number;
}

/**
 * A grade or score as its author wrote it: 0.77 stays 0.77 (never rounded to 0.8), a whole
 * number keeps its decimal (YAML reads `1.0` as 1), and a percentage keeps its `%`.
 */
export function formatGrade(grade: number | string): string {
  if (typeof grade === 'string') return grade.trim();
  return Number.isInteger(grade) ? grade.toFixed(1) : String(grade);
}
