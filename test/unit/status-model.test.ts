import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { judgeKeyResult, outcomeOf, rollUpHealth, rollUpOutcome } from '../../src/model/health.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Health } from '../../src/model/progress.ts';
import { keyResultStatus, objectiveStatus, rollUp, themeStatus } from '../../src/model/status.ts';
import type { KeyResult, Objective } from '../../src/model/types.ts';
import { keyResultSchema } from '../../src/schemas/key-result.ts';
import { objectiveSchema } from '../../src/schemas/objective.ts';

type Confidence = 'high' | 'medium' | 'low';

function objective(status: 'active' | 'done' | 'cancelled' = 'active'): Objective {
  const data = objectiveSchema.parse({ id: 'o', title: 'O', cycle: '2026-Q4', team: 't', owner: 'p', status });
  return { kind: 'objective', id: 'o', data, published: true, source: undefined as never };
}

function kr(input: Record<string, unknown>, owner = objective()): KeyResult {
  const data = keyResultSchema.parse({ id: 'kr', title: 'A key result', ...input });
  return { kind: 'key-result', ref: 'o/kr', objective: owner, index: 0, data };
}

const q4 = parseCycle('2026-Q4', 1)!;
const checkIn = (date: string, value: number | boolean, confidence?: Confidence) => ({
  date,
  value,
  ...(confidence ? { confidence } : {}),
});
/** A 0→100 key result checked in on 15 November (45 of 92 days, 48.9 % of Q4 elapsed). */
const at = (value: number, confidence?: Confidence, extra: Record<string, unknown> = {}) =>
  judgeKeyResult(
    kr({ baseline: 0, target: 100, checkIns: [checkIn('2026-11-15', value, confidence)], ...extra }),
    q4,
    '2026-11-20',
  );

describe('a key result in an open cycle', () => {
  it('takes the lower of what confidence and pace say', () => {
    // On pace (50 % against 49 % expected): confidence decides.
    expect(at(50, 'high').status).toBe('on-track');
    expect(at(50, 'medium').status).toBe('at-risk');
    expect(at(50, 'low').status).toBe('off-track');
    // Behind pace (30 % against 49 %): high confidence is lowered to the pace cue, lower ones stay lower.
    expect(at(30, 'high').status).toBe('behind-pace');
    expect(at(30, 'medium').status).toBe('at-risk');
    expect(at(30, 'low').status).toBe('off-track');
    // Ahead of pace never raises a worried owner.
    expect(at(90, 'medium').status).toBe('at-risk');
  });

  it('follows pace alone without a confidence, and keeps what it was judged on', () => {
    expect(at(50).status).toBe('on-track');
    expect(at(30).status).toBe('behind-pace');
    const judged = at(30, 'high');
    expect(judged.pace.state).toBe('behind');
    expect(judged.confidence).toBe('high');
  });

  it('is done once the target is reached, whatever the confidence; a held line is judged by whether it holds', () => {
    expect(at(100, 'low').status).toBe('done');
    const held = (value: number, confidence?: Confidence) =>
      judgeKeyResult(
        kr({ target: 38, direction: 'stay-above', checkIns: [checkIn('2026-11-15', value, confidence)] }),
        q4,
        '2026-11-20',
      ).status;
    expect(held(40)).toBe('on-track');
    expect(held(40, 'medium')).toBe('at-risk');
    expect(held(30, 'high')).toBe('off-track');
  });

  it('is not started without check-ins, at risk with nothing to judge by, cancelled with its objective', () => {
    expect(judgeKeyResult(kr({ baseline: 0, target: 100 }), q4, '2026-11-20').status).toBe('not-started');
    expect(
      judgeKeyResult(kr({ type: 'binary', checkIns: [checkIn('2026-11-15', false)] }), q4, '2026-11-20').status,
    ).toBe('at-risk');
    expect(
      judgeKeyResult(kr({ type: 'binary', checkIns: [checkIn('2026-11-15', false, 'high')] }), q4, '2026-11-20').status,
    ).toBe('on-track');
    expect(
      judgeKeyResult(
        kr({ baseline: 0, target: 100, checkIns: [checkIn('2026-11-15', 50)] }, objective('cancelled')),
        q4,
        '2026-11-20',
      ).status,
    ).toBe('cancelled');
  });
});

describe('a key result in a closed cycle', () => {
  it('shows its outcome from its score, else its final progress, never a forecast', () => {
    const closed = (value: number, extra: Record<string, unknown> = {}) =>
      judgeKeyResult(
        kr({ baseline: 0, target: 100, checkIns: [checkIn('2026-12-20', value, 'low')], ...extra }),
        q4,
        '2027-01-05',
      );
    expect(closed(100).status).toBe('done');
    expect(closed(55)).toMatchObject({ status: 'partly-met', grade: 0.55 });
    expect(closed(20).status).toBe('missed');
    expect(closed(20, { score: 0.8 })).toMatchObject({ status: 'done', grade: 0.8 });
    expect(closed(90, { score: '30%' }).status).toBe('missed');
  });

  it('reads grades with the 0.7 / 0.4 thresholds', () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(outcomeOf)).toEqual([
      'missed',
      'missed',
      'partly-met',
      'partly-met',
      'done',
      'done',
    ]);
    expect(rollUpOutcome([1, 0.4, 0.4])).toMatchObject({ status: 'partly-met', grade: 0.6 });
    expect(rollUpOutcome([]).status).toBe('not-started');
  });
});

describe('roll-up', () => {
  const roll = (...statuses: Health[]) => rollUpHealth(statuses);

  it('weighs the parts instead of taking the worst', () => {
    expect(roll('on-track', 'on-track', 'behind-pace')).toBe('on-track');
    expect(roll('on-track', 'on-track', 'off-track')).toBe('at-risk');
    expect(roll('on-track', 'done', 'at-risk')).toBe('on-track');
    expect(roll('on-track', 'at-risk')).toBe('at-risk');
    expect(roll('on-track', 'behind-pace')).toBe('behind-pace');
    expect(roll('on-track', 'off-track')).toBe('off-track');
    expect(roll('on-track', 'at-risk', 'off-track')).toBe('at-risk');
    expect(roll('at-risk', 'off-track', 'off-track')).toBe('off-track');
  });

  it('leaves out cancelled parts and waits for parts not started', () => {
    expect(roll()).toBe('not-started');
    expect(roll('not-started', 'cancelled')).toBe('not-started');
    expect(roll('done', 'done', 'cancelled')).toBe('done');
    expect(roll('done', 'not-started')).toBe('on-track');
    expect(roll('on-track', 'not-started', 'off-track', 'cancelled')).toBe('off-track');
    expect(roll('on-track', 'on-track', 'not-started', 'at-risk')).toBe('on-track');
  });

  it('averages progress and, in a closed cycle, grades', () => {
    expect(
      rollUp([
        { status: 'on-track', progress: 0.5 },
        { status: 'at-risk', progress: 0.3 },
      ]),
    ).toMatchObject({
      status: 'at-risk',
      progress: 0.4,
    });
    expect(
      rollUp(
        [
          { status: 'done', grade: 0.9 },
          { status: 'missed', grade: 0.1 },
        ],
        true,
      ).status,
    ).toBe('partly-met');
  });
});

describe('status on the sample', () => {
  const graph = buildGraph(loadContent('content'), { today: '2026-11-24' });

  it('never shows a closed cycle at risk or behind', () => {
    const open: Health[] = ['on-track', 'behind-pace', 'at-risk', 'off-track'];
    const closed = graph.objectivesByCycle.get('2026-Q3') ?? [];
    expect(closed.length).toBeGreaterThan(0);
    for (const o of closed) {
      expect(open).not.toContain(objectiveStatus(graph, o).status);
      for (const k of graph.keyResultsOf.get(o.id) ?? []) expect(open).not.toContain(keyResultStatus(graph, k).status);
    }
  });

  it('an objective on track has at least two thirds of its started key results so, and none off track', () => {
    for (const o of graph.objectivesByCycle.get(graph.currentCycle) ?? []) {
      const krs = (graph.keyResultsOf.get(o.id) ?? []).map((k) => keyResultStatus(graph, k).status);
      const started = krs.filter((s) => s !== 'not-started' && s !== 'cancelled');
      if (objectiveStatus(graph, o).status !== 'on-track' || started.length === 0) continue;
      const good = started.filter((s) => s === 'on-track' || s === 'done').length;
      expect(good / started.length).toBeGreaterThanOrEqual(2 / 3);
      expect(started).not.toContain('off-track');
    }
  });

  it('is memoised per graph: the same object on a second call, a new one for a new graph', () => {
    const o = graph.objectivesByCycle.get(graph.currentCycle)![0]!;
    expect(objectiveStatus(graph, o)).toBe(objectiveStatus(graph, o));
    const theme = graph.briefByCycle.get(graph.currentCycle)!;
    const themes = [...graph.nodes.values()].filter((n) => n.kind === 'theme');
    expect(themes.length).toBeGreaterThan(0);
    expect(themeStatus(graph, themes[0] as never)).toBe(themeStatus(graph, themes[0] as never));
    expect(theme).toBeDefined();
    const other = buildGraph(loadContent('content'), { today: '2026-11-24' });
    const same = other.objectives.find((x) => x.id === o.id)!;
    expect(objectiveStatus(other, same)).not.toBe(objectiveStatus(graph, o));
    expect(objectiveStatus(other, same)).toEqual(objectiveStatus(graph, o));
  });
});
