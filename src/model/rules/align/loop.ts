import type { Objective } from '../../types.ts';
import { alignmentLinks } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Alignment between objectives never comes back to where it started: first to itself, then through others, with the whole loop printed. */
function alignmentLoops({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    for (const link of alignmentLinks(graph, objective)) {
      if (link.problem !== 'self') continue;
      report(
        objective,
        ['alignsTo', link.index],
        'align/loop',
        `"${objective.id}" aligns to itself`,
        'Align to an objective or key result of an ancestor team.',
      );
    }
  }
  const state = new Map<string, 'open' | 'done'>();
  const parentsOf = (objective: Objective): Objective[] =>
    objective.data.alignsTo
      .map((ref) => graph.nodes.get(ref))
      .map((node) => (node?.kind === 'key-result' ? node.objective : node?.kind === 'objective' ? node : undefined))
      .filter((o): o is Objective => !!o && o !== objective);
  const stack: Objective[] = [];
  const visit = (objective: Objective) => {
    state.set(objective.id, 'open');
    stack.push(objective);
    for (const parent of parentsOf(objective)) {
      const seen = state.get(parent.id);
      if (seen === 'open') {
        const loop = stack.slice(stack.indexOf(parent));
        const index = objective.data.alignsTo.findIndex((ref) => ref === parent.id || ref.startsWith(`${parent.id}/`));
        report(
          objective,
          ['alignsTo', index],
          'align/loop',
          `Alignment loop: ${[...loop, parent].map((o) => o.id).join(' → ')}`,
          'Alignment must go up the levels; remove one of these links.',
          loop,
        );
      } else if (!seen) {
        visit(parent);
      }
    }
    stack.pop();
    state.set(objective.id, 'done');
  };
  for (const objective of graph.objectives) if (!state.has(objective.id)) visit(objective);
}

export default defineRule({
  id: 'align/loop',
  severity: 'error',
  summary: 'Alignment never loops back on itself.',
  description:
    'Alignment answers "what does this contribute to?", and the answer must lead upwards to the strategy. An objective aligned to itself or to one of its own key results, or a chain that comes back round (A supports B, B supports A), contributes to nothing outside itself, and its line of sight never reaches a priority.',
  example: {
    file: 'okrs/2026-Q4/sales/self.md',
    text: `---
id: sales-q4-self
title: Align to ourselves
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo:
  - sales-q4-self/renewals
keyResults:
  - id: renewals
    title: Raise renewals from 80 to 90 per cent
    baseline: 80
    target: 90
---
`,
  },
  check: alignmentLoops,
});
