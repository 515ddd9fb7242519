import type { ElementContent } from 'hast';
import type { Code, Image, ImageReference, Link, LinkReference, Parents, Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { defaultHandlers, type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { resolveBodyLink } from '../model/body.ts';
import { bodyTree, parseMarkdown } from '../model/body-tree.ts';
import type { Graph } from '../model/graph.ts';
import type { SourceFile } from '../model/source.ts';
import type { GraphNode } from '../model/types.ts';
import { rehypeAuthorAnchors } from './author-anchors.ts';
import { diagramNode, diagramOf, rehypeDrawDiagrams, rehypeMarkDiagrams } from './author-diagrams.ts';
import { rehypeFitHeadings, rehypeSlugHeadings } from './heading-levels.ts';
import { withFragment } from './urls.ts';
import { notPublished } from './view/nodes.ts';

type Handlers = NonNullable<ToHastOptions['handlers']>;
type State = Parameters<NonNullable<Handlers['link']>>[0];

export interface LinkOptions {
  /** The published graph: links to anything else become plain text. */
  graph: Graph;
  /** The document whose body is rendered (relative links resolve from its folder). */
  source: SourceFile;
  /** Turns a node into its URL on the site (with the base path). */
  href: (node: GraphNode) => string;
  /**
   * Level of the page heading the body is shown under; the body's headings start one below.
   * @default 1
   */
  headingLevel?: number;
}

/** The link options of the file being rendered: one processor serves every page, each file brings its own. */
function linkOptions(state: State): LinkOptions {
  const options = (state.options.file?.data as { links?: LinkOptions } | undefined)?.links;
  if (!options) throw new Error('Rendering a body needs LinkOptions in file.data.links');
  return options;
}

/**
 * Where a link to a document goes: `id:<ref>` and relative paths to `.md` files become the
 * target's page, so they survive route and base-path changes; null for a document that is not
 * published (or does not exist: `check` reports those), whose link becomes its words, never a
 * dangling link. Undefined for any other link, which is left as written.
 */
function documentHref(state: State, url: string): string | null | undefined {
  const options = linkOptions(state);
  const target = resolveBodyLink(options.graph, options.source, url);
  if (target.kind === 'external') return undefined;
  if (target.kind === 'broken') return null;
  return withFragment(options.href(target.node), target.fragment);
}

/** The definition a reference link or image uses, if any. */
function definitionOf(state: State, node: LinkReference | ImageReference) {
  return state.definitionById.get(String(node.identifier).toUpperCase());
}

/**
 * A dropped link's words, trimmed after a hard break as its first word would have been; an
 * autolink, whose words are the target's id, becomes words that do not give it.
 */
function wordsOf(state: State, node: Link | LinkReference, parent: Parents | undefined): ElementContent[] {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (node.type === 'link' && only?.type === 'text' && only.value === node.url)
    return [{ type: 'text', value: notPublished.document }];
  const words = state.all(node);
  const head = words[0];
  const siblings = (parent?.children ?? []) as { type: string }[];
  if (siblings[siblings.indexOf(node) - 1]?.type === 'break') {
    const text = head?.type === 'element' ? head.children[0] : head;
    if (text?.type === 'text') text.value = text.value.replace(/^[ \t]+/, '');
  }
  return words;
}

/** An image of a document that is not published keeps only its alternative text. */
function altOf(node: Image | ImageReference): ElementContent[] {
  return node.alt ? [{ type: 'text', value: node.alt }] : [];
}

/**
 * How links, images and Mermaid blocks become HTML. They are mdast-to-hast handlers rather than
 * remark plugins because the tree is shared (body-tree.ts): it is read, never changed.
 */
const handlers: Handlers = {
  link(state, node: Link, parent) {
    const href = documentHref(state, node.url);
    if (href === undefined) return defaultHandlers.link(state, node);
    return href === null ? wordsOf(state, node, parent) : defaultHandlers.link(state, { ...node, url: href });
  },
  // A reference link goes where its definition says, resolved like a link.
  linkReference(state, node: LinkReference, parent) {
    const definition = definitionOf(state, node);
    const href = definition ? documentHref(state, definition.url) : undefined;
    if (href === undefined) return defaultHandlers.linkReference(state, node);
    if (href === null) return wordsOf(state, node, parent);
    const { children, position, data } = node;
    return defaultHandlers.link(state, { type: 'link', url: href, title: definition!.title, children, position, data });
  },
  image(state, node: Image) {
    const href = documentHref(state, node.url);
    if (href === undefined) return defaultHandlers.image(state, node);
    return href === null ? altOf(node) : defaultHandlers.image(state, { ...node, url: href });
  },
  imageReference(state, node: ImageReference) {
    const definition = definitionOf(state, node);
    const href = definition ? documentHref(state, definition.url) : undefined;
    if (href === undefined) return defaultHandlers.imageReference(state, node);
    if (href === null) return altOf(node);
    const { alt, position, data } = node;
    return defaultHandlers.image(state, { type: 'image', url: href, title: definition!.title, alt, position, data });
  },
  // An author ```mermaid block travels as a node of its own to the sanitiser, its text byte for
  // byte (author-diagrams.ts); only such a fence becomes a diagram.
  code(state, node: Code) {
    if (node.lang !== 'mermaid') return defaultHandlers.code(state, node);
    return diagramOf(node.value, state.options.file);
  },
};

/**
 * GitHub's sanitising rules as they are: author ids and names get the `user-content-` prefix
 * (author-anchors.ts), and no raw `<pre>` keeps a class, so only a ```mermaid fence makes a diagram.
 */
const sanitizeSchema: SanitizeSchema = defaultSchema;

/**
 * Built once: setting up the plugins costs more than rendering a typical body. No parser: the
 * trees come from body-tree.ts, parsed once per body for check, search and pages alike. A body
 * without a `<` has no HTML of its own, so it skips `rehype-raw`, which re-parses the whole
 * tree through an HTML parser and was a quarter of the rendering.
 */
function bodyProcessor(raw: boolean) {
  return (
    unified()
      // No prefix on footnote ids here: the sanitiser gives them the one it gives every author id.
      .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '', handlers })
      .use(raw ? [[rehypeRaw, { passThrough: [diagramNode] }]] : [])
      .use(rehypeMarkDiagrams)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeDrawDiagrams)
      .use(rehypeFitHeadings)
      // Heading anchors are the site's, not the author's: `section-` keeps them clear of the page's own ids.
      .use(rehypeSlugHeadings, { prefix: 'section-' })
      .use(rehypeAuthorAnchors)
      .use(rehypeStringify)
      .freeze()
  );
}

const withRaw = bodyProcessor(true);
const withoutRaw = bodyProcessor(false);

/** Renders Markdown to safe HTML: GFM, heading anchors, raw HTML sanitised, document links resolved. */
export async function renderMarkdown(markdown: string, options: LinkOptions): Promise<string> {
  return renderTree(parseMarkdown(markdown), markdown, options);
}

/** Renders a document's Markdown body from the tree `check` and search already read. */
export async function renderBody(options: LinkOptions): Promise<string> {
  const { root, mdx } = bodyTree(options.source);
  const body = options.source.body;
  return renderTree(mdx ? parseMarkdown(body) : root, body, options);
}

async function renderTree(tree: MdastRoot, markdown: string, options: LinkOptions): Promise<string> {
  const file = new VFile({ value: markdown, data: { links: options, headingLevel: options.headingLevel } });
  const processor = markdown.includes('<') ? withRaw : withoutRaw;
  return String(processor.stringify(await processor.run(tree, file), file));
}
