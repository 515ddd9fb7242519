import { kindNamed } from '../../kinds/index.ts';
import type { Rule } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** id/duplicate: ids are unique across documents, and item ids inside their document. */
export const duplicateIds: Rule = ({ graph, report }) => {
  for (const [id, documents] of graph.documentsById) {
    if (documents.length < 2) continue;
    for (const document of documents) {
      const others = documents.filter((d) => d !== document).map((d) => d.source.displayPath);
      // A kind whose id is another field (a brief's cycle) has one document per value of it.
      const { idField, label } = kindNamed(graph.kinds, document.kind);
      const named = idField === 'id';
      report(
        document,
        [idField],
        'id/duplicate',
        `${named ? `Id "${id}"` : `A ${label.singular} for ${id}`} is also defined in ${others.join(', ')}`,
        named
          ? 'Give one of the documents another id; ids are how everything else points at it.'
          : `Keep one ${label.singular} per ${idField}.`,
        documents,
      );
    }
  }
  for (const document of graph.documents) {
    // All of a document's items share one address space: `<document>/<item>`.
    const seen = new Map<string, string>();
    for (const { field } of kindNamed(graph.kinds, document.kind).items) {
      const items = (document.data as Record<string, unknown>)[field] as { id: string }[] | undefined;
      items?.forEach((item, index) => {
        const first = seen.get(item.id);
        if (first)
          report(
            document,
            [field, index, 'id'],
            'id/duplicate',
            `Item id "${item.id}" is used twice in this document (first in ${first})`,
            `Rename one; it is referenced as "${document.id}/${item.id}".`,
          );
        else seen.set(item.id, field);
      });
    }
  }
};

export default defineRule({
  id: 'id/duplicate',
  severity: 'error',
  summary: 'Ids are unique across the content, and item ids inside their document.',
  description:
    'Everything points at everything else by id: alignment, dependencies, decisions, links in prose. Two documents with one id (a copied objective whose id was not changed, a second brief for the same quarter) make every reference to it ambiguous. Key results and initiatives share one address space inside their objective, so their ids must differ too.',
  example: {
    file: 'decisions/2026-10-focus-enterprise-again.md',
    text: `---
id: 2026-10-focus-enterprise
title: Focus sales on fleets over 100 vehicles
date: 2026-10-09
status: proposed
deciders: [jon-park]
---
`,
  },
  check: duplicateIds,
});
