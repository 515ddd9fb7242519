import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An objective keeps few key results. */
function fewKeyResults({ graph, report }: RuleContext): void {
  const { maxKeyResults } = graph.config.thresholds;
  for (const objective of graph.objectives) {
    if (objective.data.keyResults.length > maxKeyResults) {
      report(
        objective,
        { path: ['keyResults'], part: 'key' },
        'objective/too-many-key-results',
        `Objective "${objective.id}" has ${objective.data.keyResults.length} key results; keep it to ${maxKeyResults}`,
        'Keep the results that best show the objective is met.',
      );
    }
  }
}

export default defineRule({
  id: 'objective/too-many-key-results',
  severity: 'warning',
  summary: 'An objective has few key results (5 by default).',
  description:
    "Key results say how we will know the objective is met; three or four good ones say it clearly. A long list usually mixes outcomes with tasks and dashboards, and the objective's progress becomes an average of things nobody watches. The limit is `thresholds.maxKeyResults`.",
  example: {
    file: 'okrs/2026-Q4/sales/many.md',
    text: `---
id: sales-q4-many
title: Measure everything
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - { id: one, title: Grow demos from 10 to 20, baseline: 10, target: 20 }
  - { id: two, title: Grow trials from 5 to 10, baseline: 5, target: 10 }
  - { id: three, title: Grow pilots from 2 to 4, baseline: 2, target: 4 }
  - { id: four, title: Grow proposals from 8 to 16, baseline: 8, target: 16 }
  - { id: five, title: Grow signings from 1 to 3, baseline: 1, target: 3 }
  - { id: six, title: Grow referrals from 0 to 5, baseline: 0, target: 5 }
---
`,
  },
  check: fewKeyResults,
  scope: 'document',
});
