import { bodyFacts } from '../body.ts';
import { brokenLinkReason, linksToCheck } from '../body-links.ts';
import type { Rule } from './context.ts';

/** What an author diagram may not contain: interaction and markup run in readers' browsers. */
const unsafeMermaid: [RegExp, string][] = [
  [/(?<=^|[\s;])click\s/i, 'a `click` directive'],
  [/href/i, 'an `href`'],
  [/javascript:/i, 'a `javascript:` URL'],
  [/<\s*\/?\s*[a-z!][^>]*>/i, 'HTML in a label'],
  [/%%\{.*init/i, 'an `init` directive'],
];

/** link/broken and mermaid/unsafe: body links to documents resolve, and author diagrams stay inert. */
export const bodies: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    for (const link of linksToCheck(graph, document.source)) {
      const reason = brokenLinkReason(graph, document.source, link.url);
      if (!reason) continue;
      report(
        document,
        { line: link.line, column: link.column },
        'link/broken',
        `Broken link: ${reason}`,
        'Link documents as [text](id:<id>) or by the relative path to their .md file.',
      );
    }
    // Only a body that says "mermaid" can hold a diagram: the others need no parse.
    if (!document.source.body.includes('mermaid')) continue;
    for (const fence of bodyFacts(document.source).fences) {
      if (fence.lang !== 'mermaid') continue;
      fence.lines.forEach((text, i) => {
        const hit = unsafeMermaid.find(([pattern]) => pattern.test(text));
        if (hit) {
          const column = (text.search(hit[0]) < 0 ? 0 : text.search(hit[0])) + 1;
          report(
            document,
            { line: fence.line + i, column },
            'mermaid/unsafe',
            `Mermaid diagram contains ${hit[1]}`,
            "Diagrams are drawn in readers' browsers: use plain labels and link documents from the text instead.",
          );
        }
      });
    }
  }
};
