import { resolveBodyLink, scanBody } from '../body.ts';
import { didYouMeanText, suggest } from '../suggest.ts';
import type { Graph } from '../graph.ts';
import { documentOf, type ContentDocument } from '../types.ts';
import { htmlMermaidPres } from '../html-diagrams.ts';
import { frontMatterConfigLine } from '../mermaid-config.ts';
import type { Rule } from './context.ts';

/** What an author diagram may not contain: interaction and markup run in readers' browsers. */
const unsafeMermaid: [RegExp, string][] = [
  [/(?<=^|[\s;])click\s/i, 'a `click` directive'],
  [/href/i, 'an `href`'],
  [/javascript:/i, 'a `javascript:` URL'],
  [/<\s*\/?\s*[a-z!][^>]*>/i, 'HTML in a label'],
  [/%%\{.*init/i, 'an `init` directive'],
  [/%%\{/, 'a `%%{…}%%` directive'],
  [/themeCSS/i, 'a `themeCSS` setting'],
  [/themeVariables/i, 'a `themeVariables` setting'],
];
/** What a front matter line that configures Mermaid is reported as (mermaid-config.ts says which). */
const frontMatterConfig: [RegExp, string] = [/\S/, 'configuration in its front matter'];

/** link/broken and mermaid/unsafe: body links to documents resolve, and author diagrams stay inert. */
export const bodies: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    const { links, fences } = scanBody(document.source);
    for (const link of links) {
      const target = resolveBodyLink(graph, document.source, link.url);
      if (target.kind !== 'broken') continue;
      const wanted = link.url.startsWith('id:') ? link.url.slice(3).split('#')[0]! : link.url;
      const suggestion = suggest(wanted, target.candidates);
      report(
        document,
        { line: link.line, column: link.column },
        'link/broken',
        `Broken link: ${target.reason}${didYouMeanText(suggestion)}`,
        'Link documents as [text](id:<id>) or by the relative path to their .md file.',
        [suggestion === undefined ? undefined : suggestedDocument(graph, suggestion)],
      );
    }
    for (const fence of fences) {
      if (fence.lang !== 'mermaid') continue;
      const configLine = frontMatterConfigLine(fence.lines);
      fence.lines.forEach((text, i) => {
        const hit =
          unsafeMermaid.find(([pattern]) => pattern.test(text)) ?? (i === configLine ? frontMatterConfig : undefined);
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
    for (const place of htmlMermaidPres(document.source))
      report(
        document,
        place,
        'mermaid/unsafe',
        'Mermaid diagram written as HTML `<pre class="mermaid">`',
        'Only ```mermaid code blocks are drawn, once `check` has read them: write the diagram as one.',
      );
  }
};

/** The document a "did you mean" names: a reference (`id:` links) or a file key (relative links). */
function suggestedDocument(graph: Graph, suggestion: string): ContentDocument | undefined {
  const node = graph.nodes.get(suggestion);
  return node ? documentOf(node) : graph.documents.find((d) => d.source.key === suggestion);
}
