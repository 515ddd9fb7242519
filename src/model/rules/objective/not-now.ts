import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An active objective does not work on what the brief of its cycle set aside. */
function notNow({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    if (objective.data.status !== 'active') continue;
    const brief = graph.briefByCycle.get(objective.data.cycle);
    if (!brief) continue;
    const texts = [
      objective.data.title,
      ...objective.data.keyResults.map((kr) => kr.title),
      ...objective.data.initiatives.map((i) => i.title),
    ].join('\n');
    for (const item of brief.data.notNow) {
      const keywords = item.keywords ?? [item.title];
      const hit = keywords.find((k) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(k)}($|[^\\p{L}\\p{N}])`, 'iu').test(texts),
      );
      if (hit) {
        report(
          objective,
          ['title'],
          'objective/not-now',
          `Objective "${objective.id}" mentions "${hit}", which the ${brief.id} brief puts on its not-now list ("${item.title}")`,
          `Not now because: ${item.why} Drop the work, or change the brief first.`,
          [brief],
        );
      }
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default defineRule({
  id: 'objective/not-now',
  severity: 'warning',
  summary: "No active objective works on an item of its cycle's not-now list.",
  description:
    'The not-now list is the half of the strategy people forget: what the company decided not to do this cycle, and why. An active objective whose title, key results or initiatives mention a not-now item (by its keywords, or its title) is spending effort the brief ruled out; either the work stops or the brief changes, openly.',
  example: {
    file: 'okrs/2026-Q4/sales/self-serve.md',
    text: `---
id: sales-q4-self-serve
title: Test demand for a self-serve plan
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
  check: notNow,
});
