import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import {
  currentValue,
  latestCheckIn,
  objectiveProgress,
  progressOf,
  sortedCheckIns,
} from '../../src/model/progress.ts';
import { keyResultSchema } from '../../src/schemas/key-result.ts';
import { objectiveSchema } from '../../src/schemas/objective.ts';
import type { KeyResult, Objective } from '../../src/model/types.ts';

type KeyResultInput = Partial<Parameters<typeof keyResultSchema.parse>[0]> & Record<string, unknown>;

function objective(status: 'active' | 'done' | 'cancelled' = 'active'): Objective {
  const data = objectiveSchema.parse({ id: 'o', title: 'O', cycle: '2026-Q4', team: 't', owner: 'p', status });
  return { kind: 'objective', id: 'o', data, published: true, source: undefined as never };
}

function kr(input: KeyResultInput, owner = objective()): KeyResult {
  const data = keyResultSchema.parse({ id: 'kr', title: 'A key result', ...input });
  return { kind: 'key-result', ref: 'o/kr', objective: owner, index: 0, data };
}

const checkIn = (date: string, value: number | boolean, confidence?: 'high' | 'medium' | 'low') => ({
  date,
  value,
  ...(confidence ? { confidence } : {}),
});
const q4 = parseCycle('2026-Q4', 1)!;

describe('progress', () => {
  it('measures an increase from baseline to target (the docs example: €1.2M → €3M at €1.35M)', () => {
    expect(
      progressOf(kr({ baseline: 1_200_000, target: 3_000_000, checkIns: [checkIn('2026-10-07', 1_350_000)] })),
    ).toBeCloseTo(150_000 / 1_800_000);
  });

  it('measures a decrease the right way round (the docs example: 9 % → 4 %, now 6 %, is 60 % done)', () => {
    expect(
      progressOf(kr({ baseline: 9, target: 4, direction: 'decrease', checkIns: [checkIn('2026-10-07', 6)] })),
    ).toBeCloseTo(0.6);
  });

  it('clamps to 0–100 % past the target and behind the baseline', () => {
    const up = { baseline: 10, target: 20 };
    expect(progressOf(kr({ ...up, checkIns: [checkIn('2026-10-07', 35)] }))).toBe(1);
    expect(progressOf(kr({ ...up, checkIns: [checkIn('2026-10-07', 2)] }))).toBe(0);
    const down = { baseline: 9, target: 4, direction: 'decrease' as const };
    expect(progressOf(kr({ ...down, checkIns: [checkIn('2026-10-07', 1)] }))).toBe(1);
    expect(progressOf(kr({ ...down, checkIns: [checkIn('2026-10-07', 12)] }))).toBe(0);
  });

  it('is 100 % while a held line holds and 0 % once it breaks, the line itself included', () => {
    const above = { target: 38, direction: 'stay-above' as const };
    expect(progressOf(kr(above), 39)).toBe(1);
    expect(progressOf(kr(above), 38)).toBe(1);
    expect(progressOf(kr(above), 37.9)).toBe(0);
    const below = { target: 2, direction: 'stay-below' as const };
    expect(progressOf(kr(below), 2)).toBe(1);
    expect(progressOf(kr(below), 2.1)).toBe(0);
  });

  it('is 0 or 100 % for a binary key result, which starts at 0 and ends at 1', () => {
    expect(progressOf(kr({ type: 'binary', checkIns: [checkIn('2026-10-07', true)] }))).toBe(1);
    expect(progressOf(kr({ type: 'binary', checkIns: [checkIn('2026-10-07', false)] }))).toBe(0);
    expect(progressOf(kr({ type: 'binary' }))).toBe(0);
  });

  it('starts at the baseline before any check-in', () => {
    const k = kr({ baseline: 10, target: 20 });
    expect(currentValue(k)).toBe(10);
    expect(progressOf(k)).toBe(0);
  });

  it('is unknown without a target, or when baseline and target are equal', () => {
    expect(progressOf(kr({ baseline: 10, checkIns: [checkIn('2026-10-07', 12)] }))).toBeUndefined();
    expect(progressOf(kr({ baseline: 10, target: 10, checkIns: [checkIn('2026-10-07', 12)] }))).toBeUndefined();
  });

  it('takes the latest check-in by date, whatever order they were written in', () => {
    const k = kr({
      baseline: 0,
      target: 10,
      checkIns: [checkIn('2026-11-01', 8), checkIn('2026-10-01', 2), checkIn('2026-10-15', 5)],
    });
    expect(latestCheckIn(k)?.value).toBe(8);
    expect(currentValue(k)).toBe(8);
    expect(sortedCheckIns(k).map((c) => c.date)).toEqual(['2026-10-01', '2026-10-15', '2026-11-01']);
    expect(k.data.checkIns[0]!.date).toBe('2026-11-01');
  });

  it('averages the measurable key results of an objective', () => {
    const half = kr({ baseline: 0, target: 10, checkIns: [checkIn('2026-10-07', 5)] });
    const done = kr({ baseline: 0, target: 10, checkIns: [checkIn('2026-10-07', 10)] });
    const unmeasurable = kr({ baseline: 3 });
    expect(objectiveProgress([half, done, unmeasurable])).toBeCloseTo(0.75);
    expect(objectiveProgress([unmeasurable])).toBeUndefined();
    expect(objectiveProgress([])).toBeUndefined();
  });
});
