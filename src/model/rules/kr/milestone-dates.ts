import { isInCycle } from '../../cycles.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A key result's milestones fall inside its cycle, each after the one before. */
function milestonesInOrder({ graph, report }: RuleContext): void {
  for (const kr of graph.keyResults) {
    const { objective, index } = kr;
    const cycle = graph.cycles.get(objective.data.cycle);
    let previous: string | undefined;
    kr.data.milestones.forEach((milestone, m) => {
      const at = ['keyResults', index, 'milestones', m, 'date'];
      if (cycle && !isInCycle(milestone.date, cycle))
        report(
          objective,
          at,
          'kr/milestone-dates',
          `Milestone dated ${milestone.date} is outside ${cycle.id} (${cycle.start} to ${cycle.end})`,
          'Date it inside the cycle; a level due later belongs to the next cycle’s key result.',
        );
      else if (previous !== undefined && milestone.date <= previous)
        report(
          objective,
          at,
          'kr/milestone-dates',
          `Milestone dated ${milestone.date} is listed after one dated ${previous}`,
          'List milestones oldest first, one per date.',
        );
      previous = milestone.date;
    });
  }
}

export default defineRule({
  id: 'kr/milestone-dates',
  severity: 'error',
  summary: 'Milestones are dated inside their cycle, oldest first.',
  description:
    'Milestones ("50 % by week 4, 90 % by week 8") are read against the check-ins of the same cycle: one dated outside it could never be met or missed there, and two out of order usually mean a typo in a date.',
  example: {
    file: 'okrs/2026-Q4/sales/milestones.md',
    text: `---
id: sales-q4-milestones
title: Sign the fleets we pitched
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: fleets
    title: Sign 12 new fleets
    target: 12
    milestones:
      - { date: 2026-11-30, value: 6 }
      - { date: 2026-10-31, value: 3 }
---
`,
  },
  scope: 'document',
  check: milestonesInOrder,
});
