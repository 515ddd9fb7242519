import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An objective says how it will be measured, or is measured by the objectives aligned to it. */
function measuredObjectives({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    if (objective.data.keyResults.length > 0 || objective.data.status === 'cancelled') continue;
    // A company objective above many aligned ones reports their roll-up: it is measured.
    if (graph.aligned.get(objective.id)?.some(({ child }) => child.kind === 'objective')) continue;
    report(
      objective,
      { path: ['keyResults'], part: 'key' },
      'objective/no-key-results',
      `Objective "${objective.id}" has no key results, and no objective aligns to it`,
      'Add two to four key results that show the objective is met, or align objectives to it that measure it.',
    );
  }
}

export default defineRule({
  id: 'objective/no-key-results',
  severity: 'warning',
  summary: 'An objective has key results, or objectives aligned to it.',
  description:
    'Without key results nobody can say whether an objective is met, and its page can only say "not measured yet". A company objective measured by the objectives aligned under it is the exception: its page shows their roll-up, so it is not reported. A cancelled objective is not reported either.',
  example: {
    file: 'okrs/2026-Q4/sales/unmeasured.md',
    text: `---
id: sales-q4-unmeasured
title: Be the carrier fleets recommend
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
  check: measuredObjectives,
});
