import type { Objective } from '../../types.ts';
import { forEachLoop, loopText } from '../../walks.ts';
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
  const parentsOf = (objective: Objective): Objective[] =>
    [...new Set(objective.data.alignsTo)]
      .map((ref) => graph.nodes.get(ref))
      .map((node) => (node?.kind === 'key-result' ? node.objective : node?.kind === 'objective' ? node : undefined))
      .filter((o): o is Objective => !!o && o !== objective);
  /** Per objective with a loop: the first `alignsTo` entry naming each parent (itself or one of its key results). */
  const entries = new Map<Objective, Map<string, number>>();
  const entryOf = (objective: Objective, parent: Objective) => {
    let first = entries.get(objective);
    if (!first) {
      first = new Map();
      for (const [i, ref] of objective.data.alignsTo.entries()) {
        const id = ref.includes('/') ? ref.slice(0, ref.indexOf('/')) : ref;
        if (!first.has(id)) first.set(id, i);
      }
      entries.set(objective, first);
    }
    return first.get(parent.id) ?? -1;
  };
  // Iterative and linear (walks.ts): a loop of thousands of objectives neither overflows the stack nor slows down.
  forEachLoop(
    graph.objectives,
    parentsOf,
    (objective) => objective.id,
    (objective, parent, path, start) => {
      report(
        objective,
        ['alignsTo', entryOf(objective, parent)],
        'align/loop',
        `Alignment loop: ${loopText(path.length - start, (i) => path[start + i]!.id, parent.id)}`,
        'Alignment must go up the levels; remove one of these links.',
        // The objectives the message names: all of a short loop, the first ten of a long one.
        path.length - start <= 12 ? path.slice(start) : [...path.slice(start, start + 10), parent],
      );
    },
  );
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
