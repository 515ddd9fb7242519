import type { Direction } from '../../src/schemas/key-result.ts';

/**
 * Words that say a level is to be held, not reached: "Preserve 100% of error budget",
 * "Keep gross margin at or above 62%", "Maintain 99.9% uptime".
 */
const holdWord =
  /(?:^|[^\p{L}])(?:keep|keeps|keeping|maintain|maintains|maintaining|preserve|preserves|preserving|stay|stays|remain|remains|sustain|sustains)(?![\p{L}])/u;

/**
 * Comparisons, longest first so that "at or above" is not read as "above". Literal alternatives
 * only: one pass over the title, whatever it holds.
 */
const comparison =
  /(?:^|[^\p{L}])(at or above|at or below|at least|at most|no more than|no less than|not more than|not less than|fewer than|less than|more than|greater than|under|below|over|above)(?![\p{L}])|(<=|>=|≤|≥|<|>)/u;

const sides: Record<string, Direction> = {
  'at or above': 'stay-above',
  'at least': 'stay-above',
  'no less than': 'stay-above',
  'not less than': 'stay-above',
  '>=': 'stay-above',
  '≥': 'stay-above',
  'at or below': 'stay-below',
  'at most': 'stay-below',
  'no more than': 'stay-below',
  'not more than': 'stay-below',
  '<=': 'stay-below',
  '≤': 'stay-below',
  'fewer than': 'below',
  'less than': 'below',
  under: 'below',
  below: 'below',
  '<': 'below',
  'more than': 'above',
  'greater than': 'above',
  over: 'above',
  above: 'above',
  '>': 'above',
};

/**
 * The line a key result's title says to hold, or undefined when it says none. A ceiling
 * ("under 2 seconds", "at most 3 incidents") is a held line by itself; a floor ("at least",
 * "over") only with a word of holding, since "Write at least 2 posts" is a count to reach. A
 * word of holding without a comparison holds the line from below ("Preserve 100% of error
 * budget": at or above 100 %).
 */
export function heldLineOfTitle(title: string): Direction | undefined {
  const text = title.toLowerCase();
  const match = comparison.exec(text);
  const side = match ? sides[match[1] ?? match[2]!] : undefined;
  const holds = holdWord.test(text);
  if (side === 'stay-below' || side === 'below') return side;
  if (holds) return side ?? 'stay-above';
  return undefined;
}

/** The line a comparison before a target holds: "≥ 62%" on or above, "< 200 ms" strictly below. */
export function heldLineOfComparison(written: string): Direction {
  const text = written.trim().replace(/\.$/, '');
  return sides[text] ?? (text === 'min' ? 'stay-above' : 'stay-below');
}
