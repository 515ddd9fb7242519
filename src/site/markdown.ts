import type { Link, Root as MdastRoot } from 'mdast';
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
import { rehypeAuthorAnchors } from './author-anchors.ts';
import { diagramNode, rehypeDrawDiagrams, rehypeMarkDiagrams, remarkMermaidBlocks } from './author-diagrams.ts';
import { hrefOf, withFragment } from './urls.ts';

export interface LinkOptions {
  /** The published graph: links to anything else become plain text. */
  graph: Graph;
  /** The document whose body is rendered (relative links resolve from its folder). */
  source: SourceFile;
  /** Turns a node into its URL; default: the site's own, with the base path. */
  href?: typeof hrefOf;
}

/**
 * Rewrites links to documents — `id:<ref>` or a relative path to a `.md` file — to the target's
 * page, so they survive route and base-path changes. A link to a document that is not published
 * (or does not exist: `check` reports those) is replaced by its text, never left dangling.
 */
export function remarkDocumentLinks(fixed?: LinkOptions) {
  return (tree: MdastRoot, file: VFile) => {
    // One processor serves every page; each file brings its own graph and source.
    const options = fixed ?? (file.data as { links?: LinkOptions }).links;
    if (!options) throw new Error('remarkDocumentLinks needs LinkOptions, as plugin options or file.data.links');
    const toHref = options.href ?? hrefOf;
    visit(tree, 'link', (node: Link, index, parent) => {
      const target = resolveBodyLink(options.graph, options.source, node.url);
      if (target.kind === 'external') return;
      if (target.kind === 'document') {
        node.url = withFragment(toHref(target.node), target.fragment);
        return;
      }
      if (parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
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
