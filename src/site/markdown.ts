import type { Definition, PhrasingContent, Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { resolveBodyLink } from '../model/body.ts';
import type { Graph } from '../model/graph.ts';
import type { SourceFile } from '../model/source.ts';
import type { GraphNode } from '../model/types.ts';
import { withFragment } from './urls.ts';
import { notPublished } from './view/nodes.ts';
import { rehypeAuthorAnchors } from './author-anchors.ts';
import { diagramNode, rehypeDrawDiagrams, rehypeMarkDiagrams, remarkMermaidBlocks } from './author-diagrams.ts';

export interface LinkOptions {
  /** The published graph: links to anything else become plain text. */
  graph: Graph;
  /** The document whose body is rendered (relative links resolve from its folder). */
  source: SourceFile;
  /** Turns a node into its URL on the site (with the base path). */
  href: (node: GraphNode) => string;
}

/**
 * Rewrites links to documents — `id:<ref>` or a relative path to a `.md` file, inline or as a
 * reference definition — to the target's page, so they survive route and base-path changes.
 * A link to a document that is not published (or does not exist: `check` reports those) is
 * replaced by its text, never left dangling; an autolink, whose text is the target's id, by
 * words that do not give it.
 */
export function remarkDocumentLinks(fixed?: LinkOptions) {
  return (tree: MdastRoot, file: VFile) => {
    // One processor serves every page; each file brings its own graph and source.
    const options = fixed ?? (file.data as { links?: LinkOptions }).links;
    if (!options) throw new Error('remarkDocumentLinks needs LinkOptions, as plugin options or file.data.links');
    const toHref = options.href;
    /** The page a link goes to; undefined when it is not a document link; '' when its document is not published. */
    const rewrite = (url: string): string | undefined => {
      const target = resolveBodyLink(options.graph, options.source, url);
      if (target.kind === 'external') return undefined;
      return target.kind === 'document' ? withFragment(toHref(target.node), target.fragment) : '';
    };
    const unlinked = new Set<string>();
    visit(tree, 'definition', (node: Definition) => {
      const url = rewrite(node.url);
      if (url) node.url = url;
      else if (url === '') unlinked.add(node.identifier);
    });
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      let words: PhrasingContent[];
      if (node.type === 'link') {
        const url = rewrite(node.url);
        if (url !== '') {
          if (url) node.url = url;
          return;
        }
        const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : '';
        words = text === node.url ? [{ type: 'text', value: notPublished.document }] : node.children;
      } else if (node.type === 'linkReference' && unlinked.has(node.identifier)) {
        words = node.children;
      } else if (
        (node.type === 'image' && rewrite(node.url) === '') ||
        (node.type === 'imageReference' && unlinked.has(node.identifier))
      ) {
        words = node.alt ? [{ type: 'text', value: node.alt }] : [];
      } else {
        return;
      }
      parent.children.splice(index, 1, ...(words as typeof parent.children));
      return [SKIP, index];
    });
  };
}

/**
 * GitHub's sanitising rules as they are: author ids and names get the `user-content-` prefix
 * (author-anchors.ts), and no raw `<pre>` keeps a class, so only a ```mermaid fence makes a diagram.
 */
const sanitizeSchema: SanitizeSchema = defaultSchema;

/** Renders a document's Markdown body to safe HTML: GFM, heading anchors, raw HTML sanitised, document links resolved. */
// Built once: setting up the plugins costs more than rendering a typical body.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDocumentLinks)
  .use(remarkMermaidBlocks)
  // No prefix on footnote ids here: the sanitiser gives them the one it gives every author id.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', passThrough: [diagramNode] })
  .use(rehypeRaw, { passThrough: [diagramNode] })
  .use(rehypeMarkDiagrams)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeDrawDiagrams)
  // Heading anchors are the site's, not the author's: `section-` keeps them clear of the page's own ids.
  .use(rehypeSlug, { prefix: 'section-' })
  .use(rehypeAuthorAnchors)
  .use(rehypeStringify)
  .freeze();

/** Renders a document's Markdown body to safe HTML: GFM, heading anchors, raw HTML sanitised, document links resolved. */
export async function renderMarkdown(markdown: string, options: LinkOptions): Promise<string> {
  const file = new VFile({ value: markdown, data: { links: options } });
  return String(await processor.process(file));
}
