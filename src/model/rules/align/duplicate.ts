import { resolveRef, type Graph } from '../../graph.ts';
import { documentOf, type ContentDocument } from '../../types.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An objective lists each parent once; every other rule, page and walk ignores a repeat. */
function duplicateAlignments({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    const first = new Map<string, number>();
    objective.data.alignsTo.forEach((ref, i) => {
      const at = first.get(ref);
      if (at === undefined) first.set(ref, i);
      else
        report(
          objective,
          ['alignsTo', i],
          'align/duplicate',
          `Parent "${ref}" is listed more than once in alignsTo (first as item ${at + 1})`,
          'Remove the repeat; one link is enough.',
          [parentDocument(graph, ref)],
        );
    });
  }
}

/** The document a parent reference names, when it names one. */
function parentDocument(graph: Graph, ref: string): ContentDocument | undefined {
  const node = resolveRef(graph, ref);
  return node && documentOf(node, graph.kinds);
}

export default defineRule({
  id: 'align/duplicate',
  severity: 'warning',
  summary: 'An objective lists each parent once in alignsTo.',
  description:
    'A parent listed twice (often after a copy and paste, or a merge of two edits) says nothing more than once, yet every walk up the strategy would follow it twice: ten levels of objectives that each repeat their parent ten times make ten billion paths. The repeat is reported and ignored everywhere else.',
  example: {
    file: 'okrs/2026-Q4/sales/repeat.md',
    text: `---
id: sales-q4-repeat
title: Win back lapsed enterprise accounts
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo:
  - company-q4-grow-arr/net-new-arr
  - company-q4-grow-arr/net-new-arr
keyResults:
  - id: won-back
    title: Win back 4 lapsed enterprise accounts, up from 0
    baseline: 0
    target: 4
---
`,
  },
  check: duplicateAlignments,
});
