import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { keyResultPace } from '../../src/model/pace.ts';
import type { KeyResult } from '../../src/model/types.ts';
import { keyResultSchema } from '../../src/schemas/key-result.ts';

const q4 = parseCycle('2026-Q4', 1)!;

/** A key result of an active objective, from frontmatter as an author writes it. */
function kr(fields: Record<string, unknown>): KeyResult {
  const data = keyResultSchema.parse({ id: 'kr', title: 'Cut p95 from 900 ms to 400 ms', ...fields });
  return {
    kind: 'key-result',
    ref: 'o/kr',
    index: 0,
    data,
    objective: { data: { status: 'active' } },
  } as unknown as KeyResult;
}

describe('keyResultPace', () => {
  it('compares progress at the latest check-in with the share of the cycle elapsed that day, not today', () => {
    // Half the way on 15 November (49 % of Q4 elapsed): on pace, even read a month later.
    const halfway = kr({ baseline: 0, target: 100, checkIns: [{ date: '2026-11-15', value: 50 }] });
    const pace = keyResultPace(halfway, q4, '2026-12-20');
    expect(pace.state).toBe('on-pace');
    expect(pace.asOf).toBe('2026-11-15');
    expect(pace.expected).toBeCloseTo(45 / 92, 5);
    expect(
      keyResultPace(kr({ baseline: 0, target: 100, checkIns: [{ date: '2026-11-15', value: 20 }] }), q4, '2026-11-20')
        .state,
    ).toBe('behind');
    expect(
      keyResultPace(kr({ baseline: 0, target: 100, checkIns: [{ date: '2026-10-15', value: 60 }] }), q4, '2026-11-20')
        .state,
    ).toBe('ahead');
  });

  it('works for a falling measure, follows milestones when written, and ignores a check-in dated after today', () => {
    const falling = kr({
      baseline: 900,
      target: 400,
      direction: 'decrease',
      checkIns: [{ date: '2026-11-15', value: 650 }],
    });
    expect(keyResultPace(falling, q4, '2026-11-20').state).toBe('on-pace');
    // Milestones ask for 80 % by the end of October: 50 % on 15 November is behind their line.
    const front = kr({
      baseline: 0,
      target: 100,
      milestones: [{ date: '2026-10-31', value: 80 }],
      checkIns: [{ date: '2026-11-15', value: 50 }],
    });
    expect(keyResultPace(front, q4, '2026-11-20').state).toBe('behind');
    const future = kr({
      baseline: 0,
      target: 100,
      checkIns: [
        { date: '2026-10-10', value: 10 },
        { date: '2026-12-01', value: 95 },
      ],
    });
    expect(keyResultPace(future, q4, '2026-11-20')).toMatchObject({ asOf: '2026-10-10', progress: 0.1 });
  });

  it('has no pace for held lines and binary results, and none measured before a check-in', () => {
    expect(keyResultPace(kr({ target: 99.9, direction: 'stay-above' }), q4, '2026-11-20').state).toBe('not-applicable');
    expect(keyResultPace(kr({ type: 'binary' }), q4, '2026-11-20').state).toBe('not-applicable');
    expect(keyResultPace(kr({ baseline: 0, target: 10 }), q4, '2026-11-20')).toMatchObject({
      state: 'not-measured',
      asOf: '2026-11-20',
    });
  });
});
