import { bodyFacts } from '../body.ts';
import { mayNestTooDeep } from '../body-tree.ts';
import { brokenLink, mayHaveBrokenLinks } from '../body-links.ts';
import { frontMatterConfigLine } from '../mermaid-config.ts';
import { findUnsafeMermaid } from '../unsafe-mermaid.ts';
import type { Rule } from './rule-context.ts';

/** link/broken and mermaid/unsafe: body links to documents resolve, and author diagrams stay inert. */
export const bodies: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    // Most bodies need no parse: no link that could be broken, no diagram without the word, no deep nesting.
    const source = document.source;
    if (source.bodyInert) continue;
    const read = /mermaid/i.test(source.body) || mayHaveBrokenLinks(graph, source) || mayNestTooDeep(source.body);
    if (!read) continue;
    const { links, fences, htmlDiagrams, tooDeep } = bodyFacts(source);
    if (tooDeep) {
      report(
        document,
        { line: source.bodyLine, column: 1 },
        'parse/too-deep',
        'Body nests lists or quotes too deep to be read',
        'Flatten the structure; no text needs this depth.',
      );
      continue;
    }
    for (const link of links) {
      const broken = brokenLink(graph, source, link.url);
      if (!broken) continue;
      report(
        document,
        { line: link.line, column: link.column },
        'link/broken',
        `Broken link: ${broken.reason}`,
        'Link documents as [text](id:<id>) or by the relative path to their .md file.',
        broken.mentions,
      );
    }
    for (const fence of fences) {
      if (fence.lang !== 'mermaid') continue;
      const configLine = frontMatterConfigLine(fence.lines);
      fence.lines.forEach((text, i) => {
        // Interaction, markup and configuration would run in readers' browsers.
        const hit =
          findUnsafeMermaid(text) ??
          (i === configLine ? { index: text.search(/\S/), what: 'configuration in its front matter' } : undefined);
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
    for (const place of htmlDiagrams)
      report(
        document,
        place,
        'mermaid/unsafe',
        'Mermaid diagram written as HTML `<pre class="mermaid">`',
        'Only ```mermaid code blocks are drawn, once `check` has read them: write the diagram as one.',
      );
  }
};
