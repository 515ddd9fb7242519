import { isCompanyLevel, objectiveOf } from '../../graph.ts';
import { lineOfSight } from '../../line-of-sight.ts';
import { documentOf, refOf } from '../../types.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Every live team objective traces, through the objectives above it, to a strategic priority. */
function lineOfSightToStrategy({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    if (objective.data.status === 'cancelled' || isCompanyLevel(graph, objective)) continue;
    const sight = lineOfSight(graph, objective);
    if (sight.traced) continue;
    // `top` and `length`, not `chain`: the chain is built on each read, in its length.
    const top = sight.top;
    // A parent that failed validation is reported there; the chain stopping at it is not a second mistake.
    if (objectiveOf(top)?.data.alignsTo.some((ref) => graph.invalidRefs.has(ref))) continue;
    const where =
      objective.data.alignsTo.length === 0
        ? 'it aligns to nothing'
        : sight.length === 1
          ? 'none of its parents resolves'
          : top === objective
            ? 'its alignment loops back to itself'
            : `the chain stops at "${refOf(top)}"`;
    report(
      objective,
      ['alignsTo'],
      'align/no-line-of-sight',
      `"${objective.id}" has no line of sight to the strategy: ${where}`,
      'Align it to an objective or key result of an ancestor team that traces to a theme.',
      [documentOf(top, graph.kinds)],
    );
  }
}

export default defineRule({
  id: 'align/no-line-of-sight',
  severity: 'warning',
  summary: 'Every objective traces up to a strategic priority.',
  description:
    "Line of sight is the point of OKRs: anyone should be able to follow their team's objective up to the priority it serves. An objective that aligns to nothing, or to a chain that stops short (a company objective without a theme), may be worthwhile, but nobody can tell why it matters to the strategy. Company objectives are covered by align/missing-theme instead.",
  example: {
    file: 'okrs/2026-Q4/sales/orphan.md',
    text: `---
id: sales-q4-orphan
title: An objective aligned to nothing
cycle: 2026-Q4
team: sales
owner: jon-park
---
`,
  },
  check: lineOfSightToStrategy,
});
