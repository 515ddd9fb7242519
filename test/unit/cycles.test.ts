import { describe, expect, it } from 'vitest';
import {
  compareCycles,
  cycleFitsUnder,
  cycleState,
  daysBetween,
  elapsedShare,
  isInCycle,
  parseCycle,
  quarterContaining,
  yearOf,
} from '../../src/model/cycles.ts';

describe('parseCycle', () => {
  it('derives calendar quarters when the fiscal year starts in January', () => {
    expect(parseCycle('2026', 1)).toEqual({
      id: '2026',
      year: 2026,
      quarter: undefined,
      start: '2026-01-01',
      end: '2026-12-31',
    });
    expect(parseCycle('2026-Q1', 1)).toMatchObject({ quarter: 1, start: '2026-01-01', end: '2026-03-31' });
    expect(parseCycle('2026-Q4', 1)).toMatchObject({ quarter: 4, start: '2026-10-01', end: '2026-12-31' });
  });

  it('names a fiscal year by the calendar year it starts in (April start, as in the docs)', () => {
    expect(parseCycle('2026', 4)).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    expect(parseCycle('2026-Q1', 4)).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(parseCycle('2026-Q3', 4)).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
    expect(parseCycle('2026-Q4', 4)).toMatchObject({ start: '2027-01-01', end: '2027-03-31' });
  });

  it('handles quarters that cross a year end and February in leap years', () => {
    expect(parseCycle('2026-Q2', 11)).toMatchObject({ start: '2027-02-01', end: '2027-04-30' });
    expect(parseCycle('2027-Q2', 11)).toMatchObject({ start: '2028-02-01', end: '2028-04-30' });
    expect(parseCycle('2027-Q1', 12)).toMatchObject({ start: '2027-12-01', end: '2028-02-29' });
    expect(parseCycle('2026', 12)).toMatchObject({ start: '2026-12-01', end: '2027-11-30' });
  });

  it('rejects malformed ids', () => {
    for (const id of ['26', '2026-Q5', '2026-Q0', '2026Q4', '2026-q4', ' 2026', 'FY2026'])
      expect(parseCycle(id, 1), id).toBeUndefined();
  });
});

describe('quarterContaining', () => {
  it.each([
    ['2026-01-01', 1, '2026-Q1'],
    ['2026-12-31', 1, '2026-Q4'],
    ['2026-11-02', 1, '2026-Q4'],
    ['2026-04-01', 4, '2026-Q1'],
    ['2026-03-31', 4, '2025-Q4'],
    ['2027-02-15', 4, '2026-Q4'],
    ['2026-10-01', 10, '2026-Q1'],
    ['2026-09-30', 10, '2025-Q4'],
    ['2026-06-15', 7, '2025-Q4'],
  ])('%s with the year starting in month %i is %s', (date, startMonth, quarter) => {
    expect(quarterContaining(date, startMonth)).toBe(quarter);
  });

  it('agrees with parseCycle for every day of a year, whatever the start month', () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        const date = new Date(day).toISOString().slice(0, 10);
        const cycle = parseCycle(quarterContaining(date, month), month)!;
        expect(isInCycle(date, cycle), `${date} month ${month}`).toBe(true);
      }
    }
  });
});

describe('cycleFitsUnder', () => {
  it('lets a cycle align within itself and a quarter to its own year only', () => {
    expect(cycleFitsUnder('2026-Q4', '2026-Q4')).toBe(true);
    expect(cycleFitsUnder('2026', '2026')).toBe(true);
    expect(cycleFitsUnder('2026-Q4', '2026')).toBe(true);
    expect(cycleFitsUnder('2026-Q1', '2026')).toBe(true);
    expect(cycleFitsUnder('2027-Q1', '2026')).toBe(false);
    expect(cycleFitsUnder('2026', '2026-Q4')).toBe(false);
    expect(cycleFitsUnder('2026-Q3', '2026-Q4')).toBe(false);
    expect(cycleFitsUnder('2026', '2025')).toBe(false);
  });

  it('takes the year of a quarter from its name', () => {
    expect(yearOf('2026-Q4')).toBe('2026');
    expect(yearOf('2026')).toBe('2026');
  });
});

describe('dates inside cycles', () => {
  const q4 = parseCycle('2026-Q4', 1)!;

  it('includes both ends of a cycle', () => {
    expect(isInCycle('2026-10-01', q4)).toBe(true);
    expect(isInCycle('2026-12-31', q4)).toBe(true);
    expect(isInCycle('2026-09-30', q4)).toBe(false);
    expect(isInCycle('2027-01-01', q4)).toBe(false);
  });

  it('tells closed, current and upcoming cycles apart', () => {
    expect(cycleState(q4, '2026-09-30')).toBe('upcoming');
    expect(cycleState(q4, '2026-10-01')).toBe('current');
    expect(cycleState(q4, '2026-12-31')).toBe('current');
    expect(cycleState(q4, '2027-01-01')).toBe('closed');
  });

  it('measures the share of a cycle elapsed, clamped to 0–1', () => {
    expect(elapsedShare(q4, '2026-10-01')).toBe(0);
    expect(elapsedShare(q4, '2026-11-15')).toBeCloseTo(45 / 92);
    expect(elapsedShare(q4, '2027-01-01')).toBe(1);
    expect(elapsedShare(q4, '2026-06-01')).toBe(0);
    expect(elapsedShare(q4, '2028-01-01')).toBe(1);
  });

  it('counts whole days between dates, across daylight-saving changes and leap days', () => {
    expect(daysBetween('2026-10-01', '2026-11-02')).toBe(32);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-02', '2026-10-01')).toBe(-32);
  });

  it('counts days as Date.parse does, for every day of four centuries and for dates that are not', () => {
    const byDateParse = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    const wrong: string[] = [];
    for (let year = 1899; year <= 2401; year++)
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (!Object.is(daysBetween('1970-01-01', date), byDateParse('1970-01-01', date))) wrong.push(date);
        }
    for (const odd of ['2026-1-01', '2026-02-3x', 'someday', '', '2026-11-24T12:00:00Z'])
      if (!Object.is(daysBetween('2026-11-24', odd), byDateParse('2026-11-24', odd))) wrong.push(odd);
    expect(wrong).toEqual([]);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
  });

  it('sorts a year before its quarters, and quarters in order', () => {
    expect(['2027-Q1', '2026-Q4', '2026', '2026-Q1'].sort(compareCycles)).toEqual([
      '2026',
      '2026-Q1',
      '2026-Q4',
      '2027-Q1',
    ]);
  });
});
