import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import {
  currentValue,
  keyResultHealth,
  latestCheckIn,
  objectiveHealth,
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

describe('health', () => {
  const onTarget = { baseline: 0, target: 100 };

  it("follows the owner's latest confidence while the target is not reached", () => {
    expect(keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 10, 'high')] }), q4, '2026-11-02')).toBe(
      'on-track',
    );
    expect(
      keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 10, 'medium')] }), q4, '2026-11-02'),
    ).toBe('at-risk');
    expect(keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 90, 'low')] }), q4, '2026-11-02')).toBe(
      'off-track',
    );
    const changedMind = kr({
      ...onTarget,
      checkIns: [checkIn('2026-10-20', 30, 'low'), checkIn('2026-10-07', 10, 'high')],
    });
    expect(keyResultHealth(changedMind, q4, '2026-11-02')).toBe('off-track');
  });

  it('compares progress with the share of the cycle elapsed when there is no confidence', () => {
    // 2026-11-15 is 45 of 92 days in (48.9 %): on track from 90 % of that (44.02 %), at risk from 60 % (29.35 %).
    const at = (value: number) =>
      keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-11-10', value)] }), q4, '2026-11-15');
    expect(at(60)).toBe('on-track');
    expect(at(44.1)).toBe('on-track');
    expect(at(44)).toBe('at-risk');
    expect(at(30)).toBe('at-risk');
    expect(at(29)).toBe('off-track');
    expect(at(0)).toBe('off-track');
  });

  it('is done once the target is reached, whatever the confidence', () => {
    expect(keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 100, 'low')] }), q4, '2026-11-02')).toBe(
      'done',
    );
    expect(keyResultHealth(kr({ type: 'binary', checkIns: [checkIn('2026-10-07', true)] }), q4, '2026-11-02')).toBe(
      'done',
    );
  });

  it('never calls a held line done: it is on track while it holds', () => {
    const held = (value: number) =>
      kr({ target: 38, direction: 'stay-above', checkIns: [checkIn('2026-10-07', value)] });
    expect(keyResultHealth(held(40), q4, '2026-11-02')).toBe('on-track');
    expect(keyResultHealth(held(30), q4, '2026-11-02')).toBe('off-track');
  });

  it('is not started without check-ins, and at risk when progress cannot be measured', () => {
    expect(keyResultHealth(kr(onTarget), q4, '2026-11-02')).toBe('not-started');
    expect(keyResultHealth(kr({ baseline: 5, checkIns: [checkIn('2026-10-07', 6)] }), q4, '2026-11-02')).toBe(
      'at-risk',
    );
    expect(keyResultHealth(kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 6)] }), undefined, '2026-11-02')).toBe(
      'at-risk',
    );
  });

  it('is cancelled with its objective', () => {
    expect(
      keyResultHealth(
        kr({ ...onTarget, checkIns: [checkIn('2026-10-07', 100)] }, objective('cancelled')),
        q4,
        '2026-11-02',
      ),
    ).toBe('cancelled');
  });

  it('gives an objective its status first, then the worst of its started key results', () => {
    const o = objective();
    const make = (value: number, confidence?: 'high' | 'medium' | 'low') =>
      kr({ ...onTarget, checkIns: [checkIn('2026-10-07', value, confidence)] }, o);
    const notStarted = kr(onTarget, o);
    expect(objectiveHealth(objective('cancelled'), [make(10, 'low')], q4, '2026-11-02')).toBe('cancelled');
    expect(objectiveHealth(objective('done'), [make(10, 'low')], q4, '2026-11-02')).toBe('done');
    expect(objectiveHealth(o, [], q4, '2026-11-02')).toBe('not-started');
    expect(objectiveHealth(o, [notStarted], q4, '2026-11-02')).toBe('not-started');
    expect(objectiveHealth(o, [make(100), make(100), notStarted], q4, '2026-11-02')).toBe('done');
    expect(objectiveHealth(o, [make(100), make(10, 'high'), notStarted], q4, '2026-11-02')).toBe('on-track');
    expect(objectiveHealth(o, [make(10, 'high'), make(10, 'medium')], q4, '2026-11-02')).toBe('at-risk');
    expect(objectiveHealth(o, [make(10, 'medium'), make(10, 'low'), make(10, 'high')], q4, '2026-11-02')).toBe(
      'off-track',
    );
  });
});
