import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../../src/model/cycles.ts';
import { cycleMonths, cycleWeeks } from '../../../src/model/reviews/calendar.ts';

const q4 = parseCycle('2026-Q4', 1)!;

describe('the weeks and months of a cycle', () => {
  it('numbers weeks of seven days from the first day, the ones begun by today', () => {
    const weeks = cycleWeeks(q4, '2026-11-24');
    expect(weeks).toHaveLength(8);
    expect(weeks[0]).toEqual({ number: 1, start: '2026-10-01', end: '2026-10-07' });
    expect(weeks.at(-1)).toEqual({ number: 8, start: '2026-11-19', end: '2026-11-25' });
  });

  it('ends a closed cycle with a short last week', () => {
    const weeks = cycleWeeks(q4, '2027-03-01');
    expect(weeks).toHaveLength(14);
    expect(weeks.at(-1)).toEqual({ number: 14, start: '2026-12-31', end: '2026-12-31' });
  });

  it('has no week before it begins', () => {
    expect(cycleWeeks(q4, '2026-09-30')).toEqual([]);
  });

  it('lists the months begun by today, each inside the cycle', () => {
    expect(cycleMonths(q4, '2026-11-24')).toEqual([
      { month: '2026-10', start: '2026-10-01', end: '2026-10-31' },
      { month: '2026-11', start: '2026-11-01', end: '2026-11-30' },
    ]);
    expect(cycleMonths(q4, '2027-01-10').map((m) => m.month)).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});
