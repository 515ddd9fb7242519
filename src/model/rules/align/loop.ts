import { alignmentLinks, alignmentLoops } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Alignment between objectives never comes back to where it started: first to itself, then through others, on the entry that closes the loop, with the whole loop printed. */
function noAlignmentLoops({ graph, report }: RuleContext): void {
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
  for (const { objective, index, text, members } of alignmentLoops(graph).loops) {
    report(
      objective,
      ['alignsTo', index],
      'align/loop',
      `Alignment loop: ${text}`,
      'Alignment must go up the levels; remove this link.',
      members,
    );
  }
}

export default defineRule({
  id: 'align/loop',
  severity: 'error',
  summary: 'Alignment never loops back on itself.',
  description:
    'Alignment answers "what does this contribute to?", and the answer must lead upwards to the strategy. An objective aligned to itself or to one of its own key results, or a chain that comes back round (A supports B, B supports A), contributes to nothing outside itself, and its line of sight never reaches a priority. A loop is reported once, with the whole loop, on the entry that closes it: the one that goes down the levels, which align/level then leaves alone.',
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
  check: noAlignmentLoops,
});
