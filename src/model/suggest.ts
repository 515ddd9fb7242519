import { closest, distance } from 'fastest-levenshtein';

/**
 * Comparisons one list of candidates may serve, all suggestions together: a fraction of a second.
 * A suggestion compares the value with every candidate, so a pull request with thousands of
 * broken references to a repository of 60,000 ids would otherwise cost minutes; past the
 * budget, problems are still reported, without "did you mean".
 */
const comparisonsPerList = 500_000;
const spent = new WeakMap<readonly string[], number>();

/** The candidate closest to a misspelt value, when it is close enough to be the likely intent. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const list = Array.isArray(candidates) ? (candidates as string[]) : [...candidates];
  if (list.length === 0) return undefined;
  const used = (spent.get(list) ?? 0) + list.length;
  if (used > comparisonsPerList) return undefined;
  spent.set(list, used);
  const best = closest(value, list);
  const limit = Math.max(2, Math.floor(Math.max(value.length, best.length) * 0.34));
  return distance(value, best) <= limit ? best : undefined;
}

/** `; did you mean "x"?` or nothing. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  return didYouMeanText(suggest(value, candidates));
}

/** `; did you mean "x"?` for a suggestion already found, or nothing. */
export function didYouMeanText(match: string | undefined): string {
  return match ? `; did you mean "${match}"?` : '';
}
