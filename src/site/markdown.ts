import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Code, Link, LinkReference, Paragraph, Parents, Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { defaultHandlers, type Options as ToHastOptions } from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { resolveBodyLink } from '../model/body.ts';
import { bodyTree, parseMarkdown } from '../model/body-tree.ts';
import type { Graph } from '../model/graph.ts';
import type { SourceFile } from '../model/source.ts';
import { hrefOf, withFragment } from './urls.ts';

type Handlers = NonNullable<ToHastOptions['handlers']>;
type State = Parameters<NonNullable<Handlers['link']>>[0];

export interface LinkOptions {
  /** The published graph: links to anything else become plain text. */
  graph: Graph;
  /** The document whose body is rendered (relative links resolve from its folder). */
  source: SourceFile;
  /** Turns a node into its URL; default: the site's own, with the base path. */
  href?: typeof hrefOf;
}

/** The link options of the file being rendered: one processor serves every page, each file brings its own. */
function linkOptions(state: State): LinkOptions {
  const options = (state.options.file?.data as { links?: LinkOptions } | undefined)?.links;
  if (!options) throw new Error('Rendering a body needs LinkOptions in file.data.links');
  return options;
}

/**
 * Where a link to a document goes: `id:<ref>` and relative paths to `.md` files become the
 * target's page, so they survive route and base-path changes; a link to a document that is not
 * published (or does not exist: `check` reports those) becomes its text, never a dangling link.
 * Undefined for any other link, which is left as written.
 */
function documentHref(state: State, url: string): string | null | undefined {
  const options = linkOptions(state);
  const target = resolveBodyLink(options.graph, options.source, url);
  if (target.kind === 'external') return undefined;
  if (target.kind === 'broken') return null;
  return withFragment((options.href ?? hrefOf)(target.node), target.fragment);
}

/** A dropped link's words, trimmed after a hard break as its first word would have been. */
function wordsOf(state: State, node: Link | LinkReference, parent: Parents | undefined): ElementContent[] {
  const words = state.all(node);
  const head = words[0];
  const siblings = (parent?.children ?? []) as { type: string }[];
  if (siblings[siblings.indexOf(node) - 1]?.type === 'break') {
    const text = head?.type === 'element' ? head.children[0] : head;
    if (text?.type === 'text') text.value = text.value.replace(/^[ \t]+/, '');
  }
  return words;
}

/**
 * How links and Mermaid blocks become HTML. They are mdast-to-hast handlers rather than remark
 * plugins because the tree is shared (body-tree.ts): it is read, never changed.
 */
const handlers: Handlers = {
  link(state, node: Link, parent) {
    const href = documentHref(state, node.url);
    if (href === undefined) return defaultHandlers.link(state, node);
    return href === null ? wordsOf(state, node, parent) : defaultHandlers.link(state, { ...node, url: href });
  },
  // A reference link goes where its definition says, resolved like a link.
  linkReference(state, node: LinkReference, parent) {
    const definition = state.definitionById.get(String(node.identifier).toUpperCase());
    const href = definition ? documentHref(state, definition.url) : undefined;
    if (href === undefined) return defaultHandlers.linkReference(state, node);
    if (href === null) return wordsOf(state, node, parent);
    const { children, position, data } = node;
    return defaultHandlers.link(state, { type: 'link', url: href, title: definition!.title, children, position, data });
  },
  // Author ```mermaid blocks become `<pre class="mermaid">`, which the diagram loader draws in the browser.
  code(state, node: Code, parent) {
    if (node.lang !== 'mermaid') return defaultHandlers.code(state, node);
    // A paragraph renamed to <pre>: code blocks would be wrapped in a second <pre>.
    const pre: Paragraph = {
      type: 'paragraph',
      data: { hName: 'pre', hProperties: { className: ['mermaid'] } },
      children: [{ type: 'text', value: node.value }],
    };
    return state.one(pre, parent);
  },
};

/** GitHub's sanitising rules, keeping the `mermaid` class and unprefixed heading ids. */
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    pre: [...(defaultSchema.attributes?.pre ?? []), ['className', 'mermaid']],
  },
};

/** Prefixes heading ids so an author's "## Status" never collides with the page's own ids. */
function rehypeHeadingPrefix() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string')
        node.properties.id = `section-${node.properties.id}`;
    });
  };
}

// Built once: setting up the plugins costs more than rendering a typical body. No parser: the
// trees come from body-tree.ts, parsed once per body for check, search and pages alike.
const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true, handlers })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeSlug)
  .use(rehypeHeadingPrefix)
  .use(rehypeStringify)
  .freeze();

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
  const file = new VFile({ value: markdown, data: { links: options } });
  return String(processor.stringify(await processor.run(tree, file), file));
}
