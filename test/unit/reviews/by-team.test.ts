import { describe, expect, it } from 'vitest';
import { groupByTeam, largestFirst, moveSize, reviewBudget } from '../../../src/model/reviews/by-team.ts';
import type { MovedCheckIn } from '../../../src/model/reviews/weekly.ts';
import type { KeyResult } from '../../../src/model/types.ts';

type Row = { team: string; size: number; name: string };
const rows = (team: string, sizes: number[]): Row[] => sizes.map((size, i) => ({ team, size, name: `${team}${i}` }));
const group = (items: Row[], budget = reviewBudget) =>
  groupByTeam(
    items,
    (row) => row.team,
    (row) => row.size,
    budget,
  );

describe('a review list grouped by team', () => {
  it('shows every row of a small company, each team largest first, the team with the largest move first', () => {
    const result = group([...rows('a', [1, 3, 2]), ...rows('b', [5, 0])]);
    expect(result.groups.map((g) => [g.team, g.shown.map((r) => r.name), g.more])).toEqual([
      ['b', ['b0', 'b1'], 0],
      ['a', ['a1', 'a2', 'a0'], 0],
    ]);
    expect(result.others).toEqual([]);
    expect(result.total).toBe(5);
  });

  it('keeps ties in the order given', () => {
    const result = group(rows('a', [1, 1, 1]));
    expect(result.groups[0]!.shown.map((r) => r.name)).toEqual(['a0', 'a1', 'a2']);
  });

  it('caps each team and the whole list, counts what it leaves out and names the teams past the budget', () => {
    const items = [...rows('a', [9, 8, 7, 6]), ...rows('b', [5, 4, 3]), ...rows('c', [2, 1]), ...rows('d', [1])];
    const result = group(items, { perTeam: 2, total: 5 });
    expect(result.groups.map((g) => [g.team, g.shown.map((r) => r.size), g.more])).toEqual([
      ['a', [9, 8], 2],
      ['b', [5, 4], 1],
      ['c', [2], 1],
    ]);
    expect(result.others).toEqual([{ team: 'd', count: 1 }]);
    const shown = result.groups.reduce((n, g) => n + g.shown.length + g.more, 0);
    expect(shown + result.others.reduce((n, o) => n + o.count, 0)).toBe(items.length);
  });

  it('stays within the budget at 10,000 objectives', () => {
    const items = Array.from({ length: 300 }, (_, t) => rows(`team-${t}`, [3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).flat();
    const result = group(items);
    expect(result.groups.reduce((n, g) => n + g.shown.length, 0)).toBe(reviewBudget.total);
    expect(result.groups.every((g) => g.shown.length <= reviewBudget.perTeam)).toBe(true);
    expect(result.others.length).toBe(300 - result.groups.length);
  });
});

describe('the size of a check-in move', () => {
  const kr = (baseline?: number, target?: number) => ({ data: { baseline, target } }) as unknown as KeyResult;
  const move = (keyResult: KeyResult, delta?: number, before?: 'high', now?: 'medium' | 'high') =>
    ({
      keyResult,
      delta,
      checkIn: { date: '2026-11-20', value: 0, confidence: now },
      previous: before && { date: '2026-11-13', value: 0, confidence: before },
    }) as MovedCheckIn;

  it('is the share of the way from baseline to target, in either direction', () => {
    expect(moveSize(move(kr(100, 300), 50))).toBe(0.25);
    expect(moveSize(move(kr(300, 100), -100))).toBe(0.5);
  });

  it('counts a falling confidence as a full share and nothing to compare as no move', () => {
    expect(moveSize(move(kr(0, 10), 1, 'high', 'medium'))).toBeCloseTo(1.1);
    expect(moveSize(move(kr(0, 10), 1, 'high', 'high'))).toBeCloseTo(0.1);
    expect(moveSize(move(kr(undefined, 10), 4))).toBe(0);
    expect(moveSize(move(kr(0, 10)))).toBe(0);
  });
});

describe("a monthly review theme's rows", () => {
  it('shows every objective under the cap, largest move first, ties in their order', () => {
    expect(largestFirst([1, 3, 2, 3], (n) => n, 30)).toEqual({ shown: [3, 3, 2, 1], more: 0 });
  });

  it('caps a theme of hundreds and counts the rest', () => {
    const result = largestFirst(
      Array.from({ length: 875 }, (_, i) => i),
      (n) => n,
      30,
    );
    expect(result.shown).toHaveLength(30);
    expect(result.shown[0]).toBe(874);
    expect(result.more).toBe(845);
  });
});
