import { describe, expect, it } from 'vitest';
import { heldLineOfTitle } from '../../tools/import/held-lines.ts';
import { parseTypedNumber } from '../../tools/import/numbers.ts';

// The examples of docs/import.md ("Direction"), as a user reads them.
describe('held lines from the words of a key result', () => {
  it.each([
    ['Keep gross margin at or above 62%', 'stay-above'],
    ['Maintain uptime of at least 99.9%', 'stay-above'],
    ['Preserve 100% of error budget', 'stay-above'],
    ['Maintain 99.9% uptime', 'stay-above'],
    ['Keep churn at or below 2%', 'stay-below'],
    ['At most 3 sev-1 incidents a quarter', 'stay-below'],
    ['No more than 3 pages a week', 'stay-below'],
    ['p99 latency under 2 seconds', 'below'],
    ['Search latency below 3 s', 'below'],
    ['Error rate less than 1%', 'below'],
    ['Maintain uptime over 99.9%', 'above'],
    ['Keep NPS above 40', 'above'],
    ['Write at least 2 runbooks', undefined],
    ['At least three customers adopt LSIF', undefined],
    ['Sign 5 mid-market customers', undefined],
    ['Overhaul the undergrowth of the keeper', undefined],
  ])('%s → %s', (title, direction) => expect(heldLineOfTitle(title)).toBe(direction));

  it.each([
    ['≥ 62%', 'stay-above'],
    ['at least 62%', 'stay-above'],
    ['min. 62%', 'stay-above'],
    ['≤ 3', 'stay-below'],
    ['max 3', 'stay-below'],
    ['> 80%', 'above'],
    ['over 80%', 'above'],
    ['< 2 seconds', 'below'],
    ['under 2 s', 'below'],
  ])('a target written "%s" holds %s', (cell, direction) => expect(parseTypedNumber(cell)?.holds).toBe(direction));

  it('reads a long title in one pass', () => {
    const title = `${'keep '.repeat(20_000)}under 2 seconds`;
    const started = performance.now();
    expect(heldLineOfTitle(title)).toBe('below');
    expect(heldLineOfTitle('x'.repeat(100_000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});
