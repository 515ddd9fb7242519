import { cycleFitsUnder, labelCycle, yearOf } from '../../cycles.ts';
import { documentOf, type GraphNode } from '../../types.ts';
import { alignmentLinks } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An objective aligns to something of its own cycle, or of the year its quarter belongs to. */
function alignmentCycles({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    for (const { index, ref, parent, problem } of alignmentLinks(graph, objective)) {
      // A link that breaks the levels is reported by align/loop or align/level, not twice.
      if (problem) continue;
      const own = objective.data.cycle;
      const cycle = parentCycle(parent);
      if (cycle && !cycleFitsUnder(objective.data.cycle, cycle)) {
        report(
          objective,
          ['alignsTo', index],
          'align/cycle-mismatch',
          `"${objective.id}" (${labelCycle(graph, own)}) aligns to "${ref}" of ${labelCycle(graph, cycle)}`,
          `Align to something in ${labelCycle(graph, own)}${own.length > 4 ? ` or its year ${labelCycle(graph, yearOf(own))}` : ''}.`,
          [documentOf(parent, graph.kinds)],
        );
      }
    }
  }
}

function parentCycle(node: GraphNode): string | undefined {
  if (node.kind === 'theme') return node.brief.id;
  if (node.kind === 'key-result') return node.objective.data.cycle;
  if (node.kind === 'objective') return node.data.cycle;
  return undefined;
}

export default defineRule({
  id: 'align/cycle-mismatch',
  severity: 'error',
  summary: 'An objective aligns within its cycle (a quarter may align to its year).',
  description:
    "A Q3 objective aligned to a Q4 key result is usually last quarter's file copied forward without updating `alignsTo`; it then rolls up into a goal of a different period and skews its progress. Quarters may align to the objectives of their year, never the other way round.",
  example: {
    file: 'okrs/2026-Q3/sales/early.md',
    text: `---
id: sales-q3-early
title: A Q3 objective aligned to Q4
cycle: 2026-Q3
team: sales
owner: jon-park
alignsTo:
  - company-q4-grow-arr/net-new-arr
---
`,
  },
  check: alignmentCycles,
});
