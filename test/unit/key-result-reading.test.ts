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
/**
 * Whole organisations kept out of sight while the word classes were tuned: the held-out figure
 * measures how the reading does on writers it has never seen (see the corpus README).
 */
const heldOutSources = new Set([
  'gitlab-2018-q3',
  'gitlab-fy23-q3',
  'joystream-2019-q1',
  'joystream-2019-q2',
  'nodejs-commcomm-2020',
  'upraise-engineering',
  'weekdone-basics',
  'coursera-pm',
  'b2b-marketing-snacks',
]);
const heldOut = (row: Labelled) => heldOutSources.has(row.source);

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
  tuning: corpus.filter((row) => !heldOut(row)),
  'held-out': corpus.filter(heldOut),
};
const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

describe('key result reading on the corpus', () => {
  it('is large, from many writers, with every held-out source present', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(new Set(corpus.map((row) => row.source)).size).toBeGreaterThanOrEqual(20);
    for (const source of heldOutSources) expect(corpus.some((row) => row.source === source)).toBe(true);
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
    ['Each web team member devotes 2d per milestone to work on tech debt issues.', 'activity', '…devotes'],
    ['100% of people managers have taken 1 training session', 'activity', '100%'],
    ['95% of tickets are resolved in one week', 'outcome', '95%'],
    ['Update PeerPad to use window.ipfs if it is available', 'activity', 'Update…'],
    ['The dht has a full, passing suite of interop tests', 'activity', 'The…'],
    ['Peerpad is used at the IPFS All Hands', 'outcome', 'used'],
    ['A Daemon runs for 10 days without a crash', 'outcome', '10'],
    ['Hire engineering managers: +2.', 'counted-output', 'Hire…'],
  ] as const)('%s → %s', (title, kind, cue) => {
    expect(readKeyResult(title)).toEqual({ kind, cue });
  });

  it('reads a very long title in linear time', () => {
    // Compared with itself rather than a clock budget, so a loaded machine cannot fail it: eight
    // times the text takes about eight times as long when the reading is linear, 64 when not.
    const title = (n: number) => `${'Track the '.repeat(n)}${'.'.repeat(2 * n)}a ${'“'.repeat(n)}`;
    const time = (text: string) => {
      const runs = [0, 1, 2, 3, 4].map(() => {
        const started = performance.now();
        readKeyResult(text);
        return performance.now() - started;
      });
      return runs.sort((a, b) => a - b)[2]!;
    };
    const small = title(2_500);
    const large = title(20_000);
    time(small);
    expect(time(large) / Math.max(time(small), 0.5)).toBeLessThan(24);
  });
});
