import { cycleState, daysBetween } from '../../cycles.ts';
import { latestCheckIn } from '../../progress.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Key results of active objectives in the current cycle get a check-in every few days. */
function recentCheckIns({ graph, report }: RuleContext): void {
  const staleDays = graph.config.thresholds.staleCheckInDays;
  for (const kr of graph.keyResults) {
    const { objective, index } = kr;
    const cycle = graph.cycles.get(objective.data.cycle);
    if (!cycle) continue;
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
}

export default defineRule({
  id: 'checkin/stale',
  severity: 'warning',
  summary: 'Key results of the current cycle are checked in regularly.',
  description:
    "OKRs steer only while they are looked at. A key result without a check-in for weeks shows an old number as if it were today's, and the roll-ups above it inherit the blind spot. Every key result of an active objective in the current cycle should get a value at least every `thresholds.staleCheckInDays` days (14 by default); the clock starts at the beginning of the cycle.",
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
      - date: 2026-10-05
        value: 2.8
---
`,
  },
  check: recentCheckIns,
  scope: 'document',
});
