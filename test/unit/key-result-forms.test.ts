import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { milestoneReadings } from '../../src/model/milestones.ts';
import { judgeKeyResult } from '../../src/model/health.ts';
import { baselineOf, currentValue, objectiveProgress, progressOf } from '../../src/model/progress.ts';
import { objectiveStatus } from '../../src/model/status.ts';
import type { KeyResult, Objective } from '../../src/model/types.ts';
import { baselineText, currentText, milestoneRows } from '../../src/render/view/key-result.ts';
import { formatGrade } from '../../src/render/view/values.ts';
import { calendarSlip } from '../../src/schemas/common.ts';
import { isScore, keyResultSchema, scoreShare } from '../../src/schemas/key-result.ts';
import { objectiveSchema } from '../../src/schemas/objective.ts';
import { checkCase } from '../support/content-fixtures.ts';

const health = (...args: Parameters<typeof judgeKeyResult>) => judgeKeyResult(...args).status;

const owner: Objective = {
  kind: 'objective',
  id: 'o',
  data: objectiveSchema.parse({ id: 'o', title: 'O', cycle: '2026-Q4', team: 't', owner: 'p' }),
  published: true,
  source: undefined as never,
};

function kr(input: Record<string, unknown>): KeyResult {
  const data = keyResultSchema.parse({ id: 'kr', title: 'A key result', ...input });
  return { kind: 'key-result', ref: 'o/kr', objective: owner, index: 0, data };
}

const at = (date: string, value: number | boolean) => ({ date, value });
const q4 = parseCycle('2026-Q4', 1)!;

describe('a target with no baseline', () => {
  it('counts an increase from 0, and says so', () => {
    const certify = kr({ target: 25, checkIns: [at('2026-10-20', 10)] });
    expect(baselineOf(certify)).toBe(0);
    expect(progressOf(certify)).toBeCloseTo(0.4);
    expect(baselineText(certify, '2026-11-02')).toBe('none, progress from 0');
  });

  it('counts from the first check-in with progressFrom, and by default for a decrease', () => {
    const adoption = kr({
      type: 'percentage',
      target: 50,
      progressFrom: 'first-check-in',
      checkIns: [at('2026-10-07', 12), at('2026-10-28', 31)],
    });
    expect(baselineOf(adoption)).toBe(12);
    expect(progressOf(adoption)).toBeCloseTo(0.5);
    expect(baselineText(adoption, '2026-11-02')).toBe('none, progress from the first check-in of 12%');
    const lag = kr({ target: 1, direction: 'decrease', checkIns: [at('2026-10-07', 21), at('2026-10-28', 11)] });
    expect(progressOf(lag)).toBeCloseTo(0.5);
    expect(baselineText(kr({ target: 1, direction: 'decrease' }), '2026-11-02')).toBe(
      'none, progress from the first check-in',
    );
  });
});

describe('strict and inclusive limits', () => {
  it('meets "under 1 day" only below the line, "at most 1 day" on it too', () => {
    expect(progressOf(kr({ target: 1, direction: 'below' }), 1)).toBe(0);
    expect(progressOf(kr({ target: 1, direction: 'below' }), 0.9)).toBe(1);
    expect(progressOf(kr({ target: 1, direction: 'stay-below' }), 1)).toBe(1);
    expect(progressOf(kr({ target: 95, direction: 'above' }), 95)).toBe(0);
    expect(progressOf(kr({ target: 95, direction: 'above' }), 95.1)).toBe(1);
    expect(health(kr({ target: 1, direction: 'below', checkIns: [at('2026-10-07', 1)] }), q4, '2026-11-02')).toBe(
      'off-track',
    );
  });
});

describe('check-ins dated after today', () => {
  it('are never the current value, nor move progress or status', () => {
    const ahead = kr({ baseline: 0, target: 12, checkIns: [at('2026-10-20', 3), at('2026-12-20', 12)] });
    expect(currentValue(ahead, '2026-11-02')).toBe(3);
    expect(objectiveProgress([ahead], '2026-11-02')).toBeCloseTo(0.25);
    expect(health(ahead, q4, '2026-11-02')).not.toBe('done');
    expect(health(kr({ target: 12, checkIns: [at('2026-12-20', 12)] }), q4, '2026-11-02')).toBe('not-started');
  });
});

describe('a binary key result never checked in', () => {
  it('reads "not measured yet", not "No"', () => {
    expect(currentText(kr({ type: 'binary' }), '2026-11-02')).toBe('not measured yet');
    expect(currentText(kr({ type: 'binary', checkIns: [at('2026-10-07', false)] }), '2026-11-02')).toBe('No');
    expect(currentText(kr({ target: 25 }), '2026-11-02')).toBe('not measured yet');
    expect(currentText(kr({ baseline: 4, target: 25 }), '2026-11-02')).toBe('4');
  });
});

describe('milestones', () => {
  const fleets = (checkIns: { date: string; value: number | boolean }[]) =>
    kr({
      target: 12,
      milestones: [
        { date: '2026-10-31', value: 3 },
        { date: '2026-11-30', value: 6 },
        { date: '2026-12-15', value: 9 },
      ],
      checkIns,
    });

  it('are met, missed or upcoming against the check-ins up to each date', () => {
    const states = (k: KeyResult, today: string) => milestoneReadings(k, today).map((r) => r.state);
    expect(states(fleets([at('2026-10-28', 4)]), '2026-11-02')).toEqual(['met', 'upcoming', 'upcoming']);
    expect(states(fleets([at('2026-10-28', 2), at('2026-11-10', 7)]), '2026-12-01')).toEqual([
      'missed',
      'met',
      'upcoming',
    ]);
    expect(states(fleets([at('2026-10-28', 2), at('2026-11-10', 9)]), '2026-11-12')).toEqual(['missed', 'met', 'met']);
    // A check-in after today is not counted, even towards a later milestone.
    expect(states(fleets([at('2026-12-10', 9)]), '2026-11-12')).toEqual(['missed', 'upcoming', 'upcoming']);
  });

  it('are shown with the value they were judged on', () => {
    expect(milestoneRows(fleets([at('2026-10-28', 4)]), '2026-11-02')[0]).toMatchObject({
      date: '2026-10-31',
      due: '3',
      word: 'met',
      symbol: '✔',
      measured: '4 on 2026-10-28',
    });
  });
});

describe('scores', () => {
  it('are 0.0–1.0 or a percentage written with %', () => {
    expect([0, 0.77, 1, '70%', '100 %', '0%'].every(isScore)).toBe(true);
    expect([1.5, -0.1, '101%', '70', 'high'].some(isScore)).toBe(false);
    expect(scoreShare('70%')).toBeCloseTo(0.7);
    expect(scoreShare(0.77)).toBe(0.77);
  });
});

describe('impossible dates', () => {
  it('say why the day does not exist', () => {
    expect(calendarSlip('2026-02-30')).toBe('February 2026 has 28 days');
    expect(calendarSlip('2028-02-30')).toBe('February 2028 has 29 days');
    expect(calendarSlip('2026-13-01')).toBe('there is no month 13');
    expect(calendarSlip('2026-02-28')).toBeUndefined();
    expect(calendarSlip('10/02/2026')).toBeUndefined();
  });
});

describe('an objective with no key results of its own', () => {
  it('reports the roll-up of its aligned objectives, and says from how many', () => {
    const { graph } = checkCase('objective-no-key-results').result;
    const company = graph!.nodes.get('company-q4-trusted') as Objective;
    expect(objectiveStatus(graph!, company)).toMatchObject({ rolledUpFrom: 1, status: 'on-track' });
    expect(objectiveStatus(graph!, company).progress).toBeCloseTo(0.5);
    const alone = graph!.nodes.get('sales-q4-unmeasured') as Objective;
    expect(objectiveStatus(graph!, alone)).toEqual({ status: 'not-started', progress: undefined });
  });
});

describe('grades and scores', () => {
  it('are shown as written', () => {
    expect([0.77, 0.8, 1, 0, '70%', ' 70 % '].map(formatGrade)).toEqual(['0.77', '0.8', '1.0', '0.0', '70%', '70 %']);
  });
});
