// Made once: constructing an Intl formatter costs far more than using it, and pages count a lot.
const pluralRules = new Intl.PluralRules('en-GB');
const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** A count with its noun, in the singular for one: `1 person`, `3 people`, `0 errors`, `1,200 check-ins`. */
export function plural(count: number, singular: string, plural = `${singular}s`): string {
  return `${countFormat.format(count)} ${pluralRules.select(count) === 'one' ? singular : plural}`;
}

/** A share (0–1) as a whole percentage: `0.484` → `48%`; no false precision. */
export function formatPercent(share: number): string {
  return percentFormat.format(share);
}

/**
 * A unit as it reads after a value: `1 review`, `2 reviews`, `1 stop per hour`. Units are written
 * as plural nouns; for a value of one the head noun (the last word before " per ", " of " or the
 * end) loses its `s`. Short and upper-case words (`ms`, `NPS`) are abbreviations and stay.
 */
export function unitFor(value: number, unit: string): string {
  if (pluralRules.select(value) !== 'one') return unit;
  const words = unit.split(' ');
  const joiner = words.findIndex((word, i) => i > 0 && (word === 'per' || word === 'of'));
  const head = joiner === -1 ? words.length - 1 : joiner - 1;
  const word = words[head]!;
  if (word.length < 3 || word !== word.toLowerCase() || !word.endsWith('s') || word.endsWith('ss')) return unit;
  words[head] = word.slice(0, -1);
  return words.join(' ');
}

const relativeDays = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });

/** How long ago a number of days reads: `today`, `yesterday`, `12 days ago`. */
export function daysAgo(days: number): string {
  return relativeDays.format(-days, 'day');
}
