import { describe, expect, it } from 'vitest';
import { likelyOverlaps, similarity, wordSet } from '../../../src/model/reviews/overlaps.ts';
import type { Objective } from '../../../src/model/types.ts';

const objective = (id: string, team: string, title: string, alignsTo: string[], krs: string[] = []) =>
  ({
    id,
    data: { title, team, status: 'active', alignsTo, keyResults: krs.map((t, i) => ({ id: `kr${i}`, title: t })) },
  }) as unknown as Objective;
const parent = (ref: string) => ref.split('/')[0];

describe('likely overlaps', () => {
  it('reads titles as word sets: case, stop words and plurals do not count', () => {
    expect([...wordSet('Cut the Routes of our depots')].sort()).toEqual(['cut', 'depot', 'route']);
    expect(similarity(wordSet('Cut failed deliveries'), wordSet('cut failed delivery'))).toBe(1);
    expect(similarity(wordSet('Grow'), wordSet('Grow'))).toBe(0);
  });

  it('finds objectives of different teams under one parent with the same title or key result', () => {
    const found = likelyOverlaps(
      [
        objective('a', 'sales', 'Build a repeatable enterprise pipeline', ['company-q4/arr']),
        objective('b', 'marketing', 'Build the repeatable enterprise pipelines', ['company-q4/arr']),
        objective('c', 'support', 'Answer faster', ['company-q4'], ['Cut first reply from 8 to 2 hours']),
        objective('d', 'ops', 'Staff peak', ['company-q4/arr'], ['Cut first reply from 8 hours to 2']),
      ],
      parent,
    );
    expect(found.map((o) => [o.first.id, o.second.id, o.parent])).toEqual([
      ['a', 'b', 'company-q4'],
      ['c', 'd', 'company-q4'],
    ]);
    expect(found[1]!.because).toEqual({
      first: 'Cut first reply from 8 to 2 hours',
      second: 'Cut first reply from 8 hours to 2',
    });
  });

  it('leaves out the same team, different parents and cancelled objectives', () => {
    const cancelled = objective('c', 'ops', 'Build a repeatable enterprise pipeline', ['x']);
    (cancelled.data as { status: string }).status = 'cancelled';
    expect(
      likelyOverlaps(
        [
          objective('a', 'sales', 'Build a repeatable enterprise pipeline', ['x']),
          objective('b', 'sales', 'Build a repeatable enterprise pipeline', ['x']),
          objective('d', 'marketing', 'Build a repeatable enterprise pipeline', ['y']),
          cancelled,
        ],
        parent,
      ),
    ).toEqual([]);
  });
});
