import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Literal } from 'mdast';
import type { VFile } from 'vfile';
import { eachElement, eachNode } from './hast-walk.ts';

/**
 * Author ```mermaid blocks become `<pre class="mermaid">`, which the diagram loader draws in the
 * browser. Only the fence makes one: raw HTML `<pre class="mermaid">` loses its class in the
 * sanitiser, so every diagram a page draws is one `check` has read. The fence travels from remark
 * to the sanitiser as a node type of its own (made by the `code` handler in markdown.ts), which rehype-raw passes through
 * untouched (a mindmap's or YAML's indentation is meaning), then as a `<pre>` marked in its node
 * data, which no HTML can set and the sanitiser carries over.
 */

/** The node type a fence travels as: give it to remark-rehype and rehype-raw as `passThrough`. */
export const diagramNode = 'throughlineDiagram';

/** The node-data key that marks a `<pre>` made from a fence. */
const fenceMark = 'throughlineDiagram';

/** A ```mermaid fence on its way to the sanitiser. */
interface DiagramNode extends Literal {
  type: typeof diagramNode;
}

declare module 'mdast' {
  interface RootContentMap {
    throughlineDiagram: DiagramNode;
  }
}

/** What the `code` handler notes on the file, so a body with no diagram skips both walks below. */
interface DiagramData {
  diagrams?: boolean;
}

/** The node a ```mermaid fence becomes in the `code` handler (markdown.ts), noted on its file. */
export function diagramOf(value: string, file: VFile | null | undefined): ElementContent {
  if (file) (file.data as DiagramData).diagrams = true;
  return { type: diagramNode, value } as unknown as ElementContent;
}

const hasDiagrams = (file: VFile) => (file.data as DiagramData).diagrams === true;

/** Before the sanitiser: each diagram node becomes a plain `<pre>`, marked as a fence's. */
export function rehypeMarkDiagrams() {
  return (tree: HastRoot, file: VFile) => {
    if (!hasDiagrams(file)) return;
    eachNode(tree, (node, index, parent) => {
      if ((node.type as string) !== diagramNode) return;
      const pre: Element = {
        type: 'element',
        tagName: 'pre',
        properties: {},
        data: { [fenceMark]: true } as Element['data'],
        children: [{ type: 'text', value: (node as unknown as DiagramNode).value }],
      };
      parent.children[index] = pre;
    });
  };
}

/** After the sanitiser: fences' `<pre>`s get the class the diagram loader looks for; no other `<pre>` can. */
export function rehypeDrawDiagrams() {
  return (tree: HastRoot, file: VFile) => {
    if (!hasDiagrams(file)) return;
    eachElement(tree, (node: Element) => {
      const data = node.data as Record<string, unknown> | undefined;
      if (node.tagName !== 'pre' || !data?.[fenceMark]) return;
      delete data[fenceMark];
      node.properties.className = ['mermaid'];
      // An HTML parser drops a newline right after <pre>: a second one keeps the first.
      const text = node.children[0];
      if (text?.type === 'text' && text.value.startsWith('\n')) text.value = `\n${text.value}`;
    });
  };
}
