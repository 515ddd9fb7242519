import { cycleState, daysBetween, isInCycle } from '../cycles.ts';
import { latestCheckIn } from '../progress.ts';
import type { Rule } from './context.ts';

/** Verbs that describe work done rather than a change measured. */
const activityVerbs =
  /^(?:successfully\s+)?(launch|ship|run|hold|implement|maintain|build|create|deliver|complete|release|deploy|publish|host|organi[sz]e|roll out|introduce|finish|start|develop|write|migrate|set up|redesign|rebuild|conduct|attend|prepare|draft|hire)\b/i;

/** kr/no-target: a key result measures a change from a baseline to a target, in the right direction. */
export const measurableTargets: Rule = ({ graph, report }) => {
  for (const kr of graph.keyResults) {
    const { data, objective, index } = kr;
    const at = (field: string) => ['keyResults', index, field];
    const name = `Key result "${kr.ref}"`;
    if (data.type === 'binary') {
      if (data.target !== undefined && data.target !== 1)
        report(
          objective,
          at('target'),
          'kr/no-target',
          `${name} is binary, so its target is 1 (done), not ${data.target}`,
          'Remove target, or choose another type.',
        );
      continue;
    }
    if (data.target === undefined) {
      report(
        objective,
        { path: ['keyResults', index, 'id'], part: 'key' },
        'kr/no-target',
        `${name} has no target`,
        'Add `target:` with the value that counts as done, and `baseline:` with where it starts.',
      );
      continue;
    }
    if (data.direction === 'stay-above' || data.direction === 'stay-below') continue;
    if (data.baseline === undefined) {
      report(
        objective,
        { path: ['keyResults', index, 'id'], part: 'key' },
        'kr/no-target',
        `${name} has a target but no baseline, so its change cannot be measured`,
        'Add `baseline:` with the value at the start of the cycle.',
      );
    } else if (data.baseline === data.target) {
      report(
        objective,
        at('target'),
        'kr/no-target',
        `${name} has the same baseline and target (${data.target})`,
        'To hold a level, use direction: stay-above or stay-below.',
      );
    } else if ((data.direction === 'increase') !== data.target > data.baseline) {
      report(
        objective,
        at('direction'),
        'kr/no-target',
        `${name} should ${data.direction} but its target ${data.target} is ${data.target > data.baseline ? 'above' : 'below'} its baseline ${data.baseline}`,
        `Set direction: ${data.target > data.baseline ? 'increase' : 'decrease'}, or check the numbers.`,
      );
    }
  }
};

/** kr/activity: a key result that reads as a task ("Launch…", "Ship…") with nothing measured is an output, not an outcome. */
export const outcomeKeyResults: Rule = ({ graph, report }) => {
  for (const kr of graph.keyResults) {
    const verb = activityVerbs.exec(kr.data.title.trim());
    if (!verb) continue;
    if (kr.data.type !== 'binary' && /\d/.test(kr.data.title)) continue;
    report(
      kr.objective,
      ['keyResults', kr.index, 'title'],
      'kr/activity',
      `Key result "${kr.ref}" reads as an activity ("${verb[1]}…"), not an outcome`,
      'Say what changes because of the work, with a baseline and target: "Cut onboarding time from 14 to 5 days", not "Launch the new wizard". Put the work under initiatives.',
    );
  }
};

/** checkin/outside-cycle and checkin/stale: check-ins fall inside the cycle, and current ones keep coming. */
export const checkIns: Rule = ({ graph, report }) => {
  const staleDays = graph.config.thresholds.staleCheckInDays;
  for (const kr of graph.keyResults) {
    const { objective, index } = kr;
    const cycle = graph.cycles.get(objective.data.cycle);
    if (!cycle) continue;
    kr.data.checkIns.forEach((checkIn, k) => {
      if (!isInCycle(checkIn.date, cycle)) {
        report(
          objective,
          ['keyResults', index, 'checkIns', k, 'date'],
          'checkin/outside-cycle',
          `Check-in dated ${checkIn.date} is outside ${cycle.id} (${cycle.start} to ${cycle.end})`,
          'Fix the date, or record it on the objective of the cycle it belongs to.',
        );
      }
    });
    if (objective.data.status !== 'active' || cycleState(cycle, graph.today) !== 'current') continue;
    const last = latestCheckIn(kr)?.date ?? cycle.start;
    const age = daysBetween(last, graph.today);
    if (age > staleDays) {
      const since = kr.data.checkIns.length ? `since ${last}` : `since the cycle began on ${cycle.start}`;
      report(
        objective,
        { path: ['keyResults', index, 'id'], part: 'value' },
        'checkin/stale',
        `Key result "${kr.ref}" has had no check-in for ${age} days (${since})`,
        `Add a check-in; key results of the current cycle are updated at least every ${staleDays} days.`,
      );
    }
  }
};
