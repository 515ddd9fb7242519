import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A check-in records a value measured on or before today. */
function checkInsMeasured({ graph, report }: RuleContext): void {
  for (const kr of graph.keyResults) {
    kr.data.checkIns.forEach((checkIn, k) => {
      if (checkIn.date > graph.today)
        report(
          kr.objective,
          ['keyResults', kr.index, 'checkIns', k, 'date'],
          'checkin/future',
          `Check-in dated ${checkIn.date} is after today (${graph.today}); it is not counted yet`,
          'Fix the date, or add the check-in on the day the value is measured.',
        );
    });
  }
}

export default defineRule({
  id: 'checkin/future',
  severity: 'warning',
  summary: 'Check-ins are not dated after today.',
  description:
    'A check-in records a value someone measured. One dated after today is usually a typo in the month or the year, or a plan written as a check-in (use `milestones` for levels due later). Until its day comes it is left out of the current value, progress and status, and this warning says so.',
  example: {
    file: 'okrs/2026-Q4/sales/ahead.md',
    text: `---
id: sales-q4-ahead
title: Sign the fleets we pitched
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: fleets
    title: Sign 12 new fleets
    target: 12
    checkIns:
      - date: 2026-12-20
        value: 12
---
`,
  },
  scope: 'document',
  check: checkInsMeasured,
});
