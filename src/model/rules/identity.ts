import type { Rule } from './context.ts';

/** id/duplicate: ids are unique across documents, and item ids inside their document. */
export const duplicateIds: Rule = ({ graph, report }) => {
  for (const [id, documents] of graph.documentsById) {
    if (documents.length < 2) continue;
    for (const document of documents) {
      const others = documents.filter((d) => d !== document).map((d) => d.source.displayPath);
      const field = document.kind === 'brief' ? 'cycle' : 'id';
      const what = document.kind === 'brief' ? `A brief for ${id}` : `Id "${id}"`;
      report(
        document,
        [field],
        'id/duplicate',
        `${what} is also defined in ${others.join(', ')}`,
        document.kind === 'brief'
          ? 'Keep one brief per cycle.'
          : 'Give one of the documents another id; ids are how everything else points at it.',
        documents,
      );
    }
  }
  for (const document of graph.documents) {
    const groups: [string, { id: string }[]][] =
      document.kind === 'objective'
        ? [
            ['keyResults', document.data.keyResults],
            ['initiatives', document.data.initiatives],
          ]
        : document.kind === 'brief'
          ? [
              ['themes', document.data.themes],
              ['notNow', document.data.notNow],
            ]
          : [];
    // Key results and initiatives, themes and not-now items, share one address space: `<document>/<item>`.
    const seen = new Map<string, string>();
    for (const [field, items] of groups) {
      items.forEach((item, index) => {
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
