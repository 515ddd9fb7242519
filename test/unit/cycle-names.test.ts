import { describe, expect, it } from 'vitest';
import { canonicalCycle, canonicalRef, cycleHint } from '../../src/model/cycle-names.ts';
import { cycleLabel, parseCycle, quarterContaining } from '../../src/model/cycles.ts';
import { cycleIdSchema, refSchema } from '../../src/schemas/common.ts';

const endYearFebruary = { startMonth: 2, namedBy: 'end' } as const;

describe('canonicalCycle', () => {
  it.each([
    ['2021-Q3', '2021-Q3'],
    ['FY21-Q3', '2021-Q3'],
    ['FY2021-Q3', '2021-Q3'],
    ['FY21 Q3', '2021-Q3'],
    ['FY2021 Q3', '2021-Q3'],
    ['FY21Q3', '2021-Q3'],
    ['FY 21-Q3', '2021-Q3'],
    ['FY21', '2021'],
    ['FY2021', '2021'],
    ['2021', '2021'],
  ])('reads %s as %s', (written, id) => {
    expect(canonicalCycle(written)).toBe(id);
    expect(cycleIdSchema.safeParse(written).success).toBe(true);
  });

  it.each(['21-Q3', 'FY21-Q5', 'fy21-q3', 'Q3 FY21', 'FY201', '2021-Q0', ' 2021', 'FY21-H1'])(
    'refuses %s, in the schema too',
    (written) => {
      expect(canonicalCycle(written)).toBeUndefined();
      expect(cycleIdSchema.safeParse(written).success).toBe(false);
    },
  );
});

describe('canonicalRef', () => {
  it('makes the cycle of a theme reference canonical and leaves ids alone', () => {
    expect(canonicalRef('FY21-Q3/enterprise-trust')).toBe('2021-Q3/enterprise-trust');
    expect(canonicalRef('FY2021 Q3/enterprise-trust')).toBe('2021-Q3/enterprise-trust');
    expect(canonicalRef('2021-Q3/enterprise-trust')).toBe('2021-Q3/enterprise-trust');
    expect(canonicalRef('company-q3-grow-arr/net-new-arr')).toBe('company-q3-grow-arr/net-new-arr');
    expect(canonicalRef('2020-08-focus-enterprise')).toBe('2020-08-focus-enterprise');
    expect(refSchema.safeParse('FY21-Q3/enterprise-trust').success).toBe(true);
    expect(refSchema.safeParse('FY21-Q5/enterprise-trust').success).toBe(false);
  });
});

describe('fiscal years named by the year they end', () => {
  it('dates FY21-Q3 of a February start from August to October 2020', () => {
    expect(parseCycle(canonicalCycle('FY21-Q3')!, endYearFebruary)).toMatchObject({
      id: '2021-Q3',
      start: '2020-08-01',
      end: '2020-10-31',
    });
    expect(parseCycle('2021', endYearFebruary)).toMatchObject({ start: '2020-02-01', end: '2021-01-31' });
    expect(parseCycle('2021-Q1', endYearFebruary)).toMatchObject({ start: '2020-02-01', end: '2020-04-30' });
    expect(parseCycle('2021-Q4', endYearFebruary)).toMatchObject({ start: '2020-11-01', end: '2021-01-31' });
  });

  it('is the calendar year with a January start, as with start-year naming', () => {
    for (const id of ['2021', '2021-Q1', '2021-Q4'])
      expect(parseCycle(id, { startMonth: 1, namedBy: 'end' })).toEqual(parseCycle(id, 1));
    expect(parseCycle('2021', { startMonth: 1, namedBy: 'end' })).toMatchObject({
      start: '2021-01-01',
      end: '2021-12-31',
    });
  });

  it('puts December and July at the edges of an end-named year', () => {
    // July start (FY ends in June): FY27 runs July 2026 to June 2027.
    const july = { startMonth: 7, namedBy: 'end' } as const;
    expect(parseCycle('2027', july)).toMatchObject({ start: '2026-07-01', end: '2027-06-30' });
    expect(quarterContaining('2026-06-30', july)).toBe('2026-Q4');
    expect(quarterContaining('2026-07-01', july)).toBe('2027-Q1');
    // December start: FY28 runs December 2027 to November 2028, its Q1 holds a leap February.
    const december = { startMonth: 12, namedBy: 'end' } as const;
    expect(parseCycle('2028-Q1', december)).toMatchObject({ start: '2027-12-01', end: '2028-02-29' });
    expect(quarterContaining('2027-12-01', december)).toBe('2028-Q1');
    expect(quarterContaining('2027-11-30', december)).toBe('2027-Q4');
  });

  it('finds the quarter of every day of a year, whatever the start month', () => {
    for (let month = 1; month <= 12; month++) {
      const calendar = { startMonth: month, namedBy: 'end' } as const;
      for (let day = 0; day < 366; day += 5) {
        const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
        const cycle = parseCycle(quarterContaining(date, calendar), calendar)!;
        expect(date >= cycle.start && date <= cycle.end, `${date} in ${cycle.id} (start ${month})`).toBe(true);
      }
    }
  });
});

describe('cycleLabel', () => {
  it.each([
    ['2021-Q3', '2021-Q3', '2021'],
    ['FY21-Q3', 'FY21-Q3', 'FY21'],
    ['FY2021-Q3', 'FY2021-Q3', 'FY2021'],
    ['FY21 Q3', 'FY21 Q3', 'FY21'],
    ['FY2021 Q3', 'FY2021 Q3', 'FY2021'],
  ] as const)('in the form %s shows %s and the year %s', (form, quarter, year) => {
    expect(cycleLabel('2021-Q3', form)).toBe(quarter);
    expect(cycleLabel('2021', form)).toBe(year);
  });
});

describe('cycleHint', () => {
  it('names the forms with an example, and how years are named', () => {
    expect(cycleHint({ namedBy: 'end' }, '2027-Q4')).toBe(
      'Write a quarter as 2027-Q4, FY27-Q4 or FY2027-Q4, a whole year as 2027, FY27 or FY2027; fiscal years are named by the calendar year they end in (fiscalYearNamedBy: end).',
    );
    expect(cycleHint({ namedBy: 'start' })).toContain('by the calendar year they start in.');
    expect(cycleHint({ namedBy: 'start' }, '2026')).toContain('a whole year as 2026, FY26 or FY2026');
  });
});
