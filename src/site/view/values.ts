import type { KeyResultData } from '../../schemas/key-result.ts';

/** How a direction reads in a sentence. */
export const directionText: Record<KeyResultData['direction'], string> = {
  increase: 'higher is better',
  decrease: 'lower is better',
  'stay-above': 'must stay at or above target',
  'stay-below': 'must stay at or below target',
};

const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** A key result value with its unit: `€1.2M`, `42%`, `3.5 days`, `Yes`; "—" when unknown. */
export function formatValue(value: number | undefined, kr: Pick<KeyResultData, 'type' | 'unit'>): string {
  if (value === undefined) return '—';
  if (kr.type === 'binary') return value >= 1 ? 'Yes' : 'No';
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
  const unit = kr.unit ?? (kr.type === 'percentage' ? '%' : '');
  if (kr.type === 'currency') {
    const symbol = currencySymbols[unit.toUpperCase()];
    return symbol ? `${symbol}${number}` : `${number} ${unit}`.trim();
  }
  if (unit === '%') return `${number}%`;
  return unit ? `${number} ${unit}` : number;
}
