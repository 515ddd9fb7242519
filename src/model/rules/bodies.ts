import { resolveBodyLink, scanBody } from '../body.ts';
import { didYouMean } from '../suggest.ts';
import { findUnsafeMermaid } from '../unsafe-mermaid.ts';
import type { Rule } from './context.ts';

/** link/broken and mermaid/unsafe: body links to documents resolve, and author diagrams stay inert. */
export const bodies: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    const { links, fences } = scanBody(document.source);
    for (const link of links) {
      const target = resolveBodyLink(graph, document.source, link.url);
      if (target.kind !== 'broken') continue;
      const wanted = link.url.startsWith('id:') ? link.url.slice(3).split('#')[0]! : link.url;
      const suggestion = didYouMean(wanted, target.candidates);
      report(
        document,
        { line: link.line, column: link.column },
        'link/broken',
        `Broken link: ${target.reason}${suggestion}`,
        'Link documents as [text](id:<id>) or by the relative path to their .md file.',
      );
    }
    for (const fence of fences) {
      if (fence.lang !== 'mermaid') continue;
      fence.lines.forEach((text, i) => {
        // Interaction and markup would run in readers' browsers.
        const hit = findUnsafeMermaid(text);
        if (hit) {
          report(
            document,
            { line: fence.line + i, column: hit.index + 1 },
            'mermaid/unsafe',
            `Mermaid diagram contains ${hit.what}`,
            "Diagrams are drawn in readers' browsers: use plain labels and link documents from the text instead.",
          );
        }
      });
    }
  }
};
