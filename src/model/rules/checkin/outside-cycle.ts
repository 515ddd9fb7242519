import { daysBetween, isInCycle, labelCycle } from '../../cycles.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Every check-in is dated inside the cycle of its objective, or in the grace period for closing results after it. */
function checkInsInsideCycle({ graph, report }: RuleContext): void {
  const grace = graph.config.thresholds.closingGraceDays;
  for (const kr of graph.keyResults) {
    const { objective, index } = kr;
    const cycle = graph.cycles.get(objective.data.cycle);
    if (!cycle) continue;
    kr.data.checkIns.forEach((checkIn, k) => {
      const closing = checkIn.date > cycle.end && daysBetween(cycle.end, checkIn.date) <= grace;
      if (!isInCycle(checkIn.date, cycle) && !closing) {
        report(
          objective,
          ['keyResults', index, 'checkIns', k, 'date'],
          'checkin/outside-cycle',
          `Check-in dated ${checkIn.date} is outside ${labelCycle(graph, cycle.id)} (${cycle.start} to ${cycle.end}${checkIn.date > cycle.end && grace ? `, closing results until ${grace} days after` : ''})`,
          'Fix the date, or record it on the objective of the cycle it belongs to.',
        );
      }
    });
  }
}

export default defineRule({
  id: 'checkin/outside-cycle',
  severity: 'error',
  summary: 'Check-ins are dated inside their cycle.',
  description:
    "Progress and charts are read from check-ins in date order. A check-in dated before the quarter began (often last quarter's value carried over) or after it ended (a typo in the year) would move the current value and the trend line for the wrong reason. Final results are often measured after the quarter ends: a closing check-in dated up to `thresholds.closingGraceDays` (14 by default) after the cycle's last day is accepted. With a fiscal year that does not start in January, the cycle dates follow `fiscalYearStartMonth`.",
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: churn
    title: Cut monthly churn from 3 to 1.5 per cent
    baseline: 3
    target: 1.5
    direction: decrease
    checkIns:
      - date: 2026-09-30
        value: 3
---
`,
  },
  check: checkInsInsideCycle,
  scope: 'document',
});
