import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import Slugger from 'github-slugger';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { resolveBodyLink } from '../model/body.ts';
import type { Graph } from '../model/graph.ts';
import type { SourceFile } from '../model/source.ts';
import { authorIdPrefix } from './author-anchors.ts';
import type { SiteContext } from './context.ts';
import { joinBase, pathOf, withFragment } from './urls.ts';
import { notPublished } from './view/nodes.ts';

/** Where an MDX file's graph, source and links come from. */
export interface MdxPluginOptions {
  /** The published graph and the site's context, read when a file is compiled (the graph changes in dev). */
  site: () => { graph: Graph; context: Pick<SiteContext, 'contentDir' | 'base'> };
}

/**
 * Sätteri hast plugins that give MDX bodies what Markdown bodies get from markdown.ts:
 * links to documents resolved to their pages, ```mermaid blocks handed to the diagram
 * loader, heading ids prefixed so they never collide with the page's own, and the author's own
 * ids and names prefixed as the sanitiser prefixes those of Markdown's raw HTML.
 */
export function mdxBodyPlugins(
  options: MdxPluginOptions,
): ((ctx: PluginFactoryContext) => HastPluginDefinition | undefined)[] {
  return [(ctx) => documentLinks(options, ctx), () => mermaidBlocks(), () => headingPrefix(), () => authorMarkup()];
}

/** The source of the file being compiled, when it is a published document of the content folder. */
function sourceOf(
  options: MdxPluginOptions,
  fileURL: URL | undefined,
): { graph: Graph; source: SourceFile; base: string } | undefined {
  if (!fileURL) return undefined;
  const { graph, context } = options.site();
  const key = relative(context.contentDir, fileURLToPath(fileURL)).split(sep).join('/');
  const source = graph.sources.get(key);
  return source ? { graph, source, base: context.base } : undefined;
}

function documentLinks(options: MdxPluginOptions, ctx: PluginFactoryContext): HastPluginDefinition | undefined {
  const found = sourceOf(options, ctx.fileURL);
  if (!found) return undefined;
  return {
    name: 'throughline-document-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, visitor: HastVisitorContext) {
        const url = node.properties?.href;
        if (typeof url !== 'string') return;
        const target = resolveBodyLink(found.graph, found.source, url);
        if (target.kind === 'external') return;
        if (target.kind === 'document') {
          visitor.setProperty(node, 'href', withFragment(joinBase(found.base, pathOf(target.node)), target.fragment));
          return;
        }
        // Unpublished or missing (`check` reports missing ones): keep the words, drop the link;
        // words that are only the target's id are not kept either.
        const words =
          visitor.textContent(node) === url
            ? [{ type: 'text' as const, value: notPublished.document }]
            : [...node.children];
        visitor.replaceNode(node, words);
      },
    },
  };
}

function mermaidBlocks(): HastPluginDefinition {
  return {
    name: 'throughline-mermaid-blocks',
    element: {
      filter: ['pre'],
      visit(node: Readonly<Element>, visitor: HastVisitorContext) {
        const code = node.children.find(
          (child): child is Element => child.type === 'element' && child.tagName === 'code',
        );
        const classes = code?.properties?.className;
        if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
        visitor.replaceNode(node, {
          type: 'element',
          tagName: 'pre',
          properties: { className: ['mermaid'] },
          children: [{ type: 'text', value: visitor.textContent(code) }],
        });
      },
    },
  };
}

/** Same ids as rehype-slug gives Markdown bodies (GitHub's slugs), with the `section-` prefix. */
function headingPrefix(): HastPluginDefinition {
  const slugger = new Slugger();
  return {
    name: 'throughline-heading-prefix',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: Readonly<Element>, visitor: HastVisitorContext) {
        const id =
          typeof node.properties?.id === 'string' ? node.properties.id : slugger.slug(visitor.textContent(node));
        visitor.setProperty(node, 'id', `section-${id}`);
      },
    },
  };
}

/**
 * HTML elements written as JSX get what the sanitiser gives raw HTML in Markdown: ids and names
 * prefixed (author-anchors.ts), and a `<pre>` no `mermaid` class, so only a fence makes a diagram.
 * MDX runs code at build time, so this catches mistakes, not its authors: a value computed in
 * `{…}` passes as it is, and MDX is only accepted where the configuration trusts it.
 */
function authorMarkup(): HastPluginDefinition {
  const visit = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, visitor: HastVisitorContext) => {
    // Components (`<Chart name=…>`) take props, not attributes.
    if (!node.name || !/^[a-z]/.test(node.name)) return;
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
      if (attribute.name === 'id' || attribute.name === 'name')
        visitor.setProperty(node, attribute.name, authorIdPrefix + attribute.value);
      else if (node.name === 'pre' && (attribute.name === 'className' || attribute.name === 'class'))
        visitor.setProperty(
          node,
          attribute.name,
          attribute.value
            .split(/\s+/)
            .filter((name) => name && name !== 'mermaid')
            .join(' '),
        );
    }
  };
  return {
    name: 'throughline-author-markup',
    mdxJsxFlowElement: { filter: [], visit },
    mdxJsxTextElement: { filter: [], visit },
  };
}
