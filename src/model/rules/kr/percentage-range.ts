import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

const levels = ['baseline', 'target', 'commit', 'stretch'] as const;

/** A percentage key result's values lie between 0 and 100. */
function percentagesInRange({ graph, report }: RuleContext): void {
  for (const kr of graph.keyResults) {
    if (kr.data.type !== 'percentage') continue;
    const check = (value: unknown, path: (string | number)[], what: string) => {
      if (typeof value !== 'number' || (value >= 0 && value <= 100)) return;
      report(
        kr.objective,
        ['keyResults', kr.index, ...path],
        'kr/percentage-range',
        `Key result "${kr.ref}" is a percentage, but its ${what} is ${value} %`,
        'A share of a whole lies between 0 and 100: check the value. For a ratio that can pass 100 % (net revenue retention), use type: metric with unit: "%".',
      );
    };
    for (const level of levels) check(kr.data[level], [level], level);
    kr.data.milestones.forEach((m, i) => check(m.value, ['milestones', i, 'value'], `milestone of ${m.date}`));
    kr.data.checkIns.forEach((c, i) => check(c.value, ['checkIns', i, 'value'], `check-in of ${c.date}`));
  }
}

export default defineRule({
  id: 'kr/percentage-range',
  severity: 'warning',
  summary: 'A percentage key result stays between 0 and 100.',
  description:
    'A `percentage` key result measures a share of a whole — uptime, on-time deliveries, adoption — which cannot pass 100 % or fall below 0. A value outside that range is usually a typo or a measurement error (101.7 % uptime), and it makes progress and charts say more than happened. A ratio that really can pass 100 % is a `metric` with `unit: "%"`.',
  example: {
    file: 'okrs/2026-Q4/sales/over.md',
    text: `---
id: sales-q4-over
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: retention
    title: Raise fleet retention from 90 to 140 per cent
    type: percentage
    baseline: 90
    target: 140
---
`,
  },
  scope: 'document',
  check: percentagesInRange,
});
