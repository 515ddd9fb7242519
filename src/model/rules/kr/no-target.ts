import { isHeldLine } from '../../progress.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A key result measures a change from a baseline to a target, in the right direction. */
function measurableTargets({ graph, report }: RuleContext): void {
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
    // Without a baseline, progress counts from zero or from the first check-in (`progressFrom`).
    if (isHeldLine(data.direction) || data.baseline === undefined) continue;
    if (data.baseline === data.target) {
      report(
        objective,
        at('target'),
        'kr/no-target',
        `${name} has the same baseline and target (${data.target})`,
        'To hold a level, use direction: stay-above or stay-below (above or below for a strict limit).',
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
}

export default defineRule({
  id: 'kr/no-target',
  severity: 'error',
  summary: 'A key result has a measurable target, on the right side of its baseline.',
  description:
    'A key result is a number that moves: from where it starts (baseline) to where it counts as achieved (target). Without a target nobody can say whether it was met. A baseline may be left out (\"Certify 25 people\"): progress then counts from zero, or from the first check-in with `progressFrom: first-check-in`. A target equal to the baseline, or on the wrong side of it for its direction, is usually a typo. A binary key result is done or not, so its target is 1.',
  example: {
    file: 'okrs/2026-Q4/sales/forecast.md',
    text: `---
id: sales-q4-forecast
title: Forecast with confidence
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: accuracy
    title: Improve forecast accuracy
    baseline: 60
---
`,
  },
  check: measurableTargets,
  scope: 'document',
});
