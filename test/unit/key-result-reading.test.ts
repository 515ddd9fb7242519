// The activity reading measured on real key results (test/corpus/key-results/): precision and
// recall for `activity`, on the part used while tuning the word classes and on the held-out third.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readKeyResult } from '../../src/model/key-result-reading.ts';
import { root } from '../support/content-fixtures.ts';

interface Labelled {
  text: string;
  label: 'outcome' | 'activity' | 'counted-output';
  source: string;
}

const corpus: Labelled[] = parse(readFileSync(join(root, 'test/corpus/key-results/corpus.csv')), {
  columns: true,
});
/** Every third row, in file order, was kept out of sight while the word classes were tuned. */
const heldOut = (index: number) => index % 3 === 2;

interface Score {
  precision: number;
  recall: number;
  size: number;
}

/** Precision and recall of "warns as an activity"; counted outputs are activities when `counted`. */
function score(rows: Labelled[], counted: boolean): Score {
  let hit = 0;
  let wrong = 0;
  let missed = 0;
  for (const row of rows) {
    const { kind } = readKeyResult(row.text);
    const warned = kind === 'activity' || (counted && kind === 'counted-output');
    const activity = row.label === 'activity' || (counted && row.label === 'counted-output');
    if (warned && activity) hit++;
    else if (warned) wrong++;
    else if (activity) missed++;
  }
  return { precision: hit / (hit + wrong), recall: hit / (hit + missed), size: rows.length };
}

const parts = {
  all: corpus,
  tuning: corpus.filter((_, i) => !heldOut(i)),
  'held-out': corpus.filter((_, i) => heldOut(i)),
};
const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

describe('key result reading on the corpus', () => {
  it('is large and mostly outcomes, like real sets', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(corpus.filter((row) => row.label === 'outcome').length).toBeGreaterThan(corpus.length / 2);
    expect(new Set(corpus.map((row) => row.label))).toEqual(new Set(['outcome', 'activity', 'counted-output']));
  });

  it('finds activities with recall ≥ 85 % and precision ≥ 90 % (counted outputs not activities)', () => {
    const lines: string[] = [];
    for (const counted of [false, true]) {
      for (const [name, rows] of Object.entries(parts)) {
        const { precision, recall, size } = score(rows, counted);
        const setting = counted ? 'counted outputs are activities' : 'default';
        lines.push(
          `${setting.padEnd(31)} ${name.padEnd(9)} n=${size}  precision ${percent(precision)}  recall ${percent(recall)}`,
        );
      }
    }
    console.log(`kr/activity on test/corpus/key-results:\n${lines.join('\n')}`);
    const { precision, recall } = score(corpus, false);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('readKeyResult', () => {
  it.each([
    ['Track career goals for every engineer.', 'activity', 'Track…'],
    ['Institute a weekly pipeline review', 'activity', 'Institute…'],
    ['Contract signed.', 'activity', '…signed'],
    ['ROI analysis of the route-planning pilot', 'activity', 'ROI…'],
    ['New onboarding flow', 'activity', 'New…'],
    ['Standards for job descriptions are documented', 'activity', '…documented'],
    ['Maintain the current ratio above 1.5', 'outcome', 'above'],
    ['Keep on-time delivery at 97 %', 'outcome', '%'],
    ['Maintain the partner wiki', 'activity', 'Maintain…'],
    ['Hire 4 engineers', 'counted-output', 'Hire…'],
    ['Publish 5 case studies', 'counted-output', 'Publish…'],
    ['Implement RFC 42', 'activity', 'Implement…'],
    ['Cut onboarding time from 14 to 5 days', 'outcome', 'Cut'],
    ['Fleet managers use route planning weekly', 'outcome', 'use'],
    ['120k weekly active users', 'outcome', '120k'],
    ['Success plan defined for each renewal (to achieve 100% logo retention)', 'activity', '…defined'],
    ['No tier 1 customer is blocked from upgrading', 'outcome', 'No'],
  ] as const)('%s → %s', (title, kind, cue) => {
    expect(readKeyResult(title)).toEqual({ kind, cue });
  });

  it('reads a very long title in linear time', () => {
    const long = `${'Track the '.repeat(20_000)}${'.'.repeat(50_000)}a ${'“'.repeat(20_000)}`;
    const started = performance.now();
    readKeyResult(long);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
