import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import type { SiteContext } from '../site/context.ts';
import { siteData } from '../site/data.ts';
import { mdxBodyPlugins } from '../site/mdx-plugins.ts';

/** The module pages import MDX bodies from. */
export const mdxBodiesModule = 'virtual:throughline/mdx-bodies';
export const mdxBodiesModuleId = `\0${mdxBodiesModule}`;

/**
 * The MDX compiler for `.mdx` documents: Astro's own, with the hast plugins that resolve
 * document links, hand Mermaid blocks to the diagram loader and prefix heading ids. Code
 * blocks stay unhighlighted, as in Markdown bodies.
 */
export function mdxCompiler(current: () => SiteContext): AstroIntegration {
  const site = () => ({ graph: siteData(current()).graph, context: current() });
  return mdx({
    extendMarkdownConfig: false,
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: mdxBodyPlugins({ site }) }),
  });
}

/**
 * A Vite plugin serving `virtual:throughline/mdx-bodies`: a lazy import per published `.mdx`
 * document, keyed by its path in the content folder. Drafts and restricted documents are not
 * listed, so they are never compiled into the site.
 */
export function mdxBodiesPlugin(current: () => SiteContext) {
  return {
    name: 'throughline:mdx-bodies',
    resolveId(id: string) {
      return id === mdxBodiesModule ? mdxBodiesModuleId : undefined;
    },
    load(id: string) {
      if (id !== mdxBodiesModuleId) return undefined;
      const { contentDir } = current();
      const { graph } = siteData(current());
      const entries = graph.documents
        .filter((document) => document.source.key.endsWith('.mdx'))
        .map(
          (document) =>
            `  ${JSON.stringify(document.source.key)}: () => import(${JSON.stringify(join(contentDir, document.source.key))}),`,
        );
      return `export const mdxBodies = {\n${entries.join('\n')}\n};\n`;
    },
  };
}
