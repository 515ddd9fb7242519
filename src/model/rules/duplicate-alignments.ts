import type { Rule } from './context.ts';

/** align/duplicate: an objective lists each parent once; every other rule, page and walk ignores a repeat. */
export const duplicateAlignments: Rule = ({ graph, report }) => {
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
        );
    });
  }
};
