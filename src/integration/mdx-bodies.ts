import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { loadSiteData } from '../site/data.ts';
import { mdxBodyPlugins } from '../site/mdx-plugins.ts';

/** The module pages import MDX bodies from. */
export const mdxBodiesModule = 'virtual:throughline/mdx-bodies';
const resolvedId = `\0${mdxBodiesModule}`;

/**
 * The MDX compiler for `.mdx` documents: Astro's own, with the hast plugins that resolve
 * document links, hand Mermaid blocks to the diagram loader and prefix heading ids. Code
 * blocks stay unhighlighted, as in Markdown bodies.
 */
export function mdxCompiler(): AstroIntegration {
  return mdx({
    extendMarkdownConfig: false,
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: mdxBodyPlugins({ site: () => loadSiteData() }) }),
  });
}

/**
 * A Vite plugin serving `virtual:throughline/mdx-bodies`: a lazy import per published `.mdx`
 * document, keyed by its path in the content folder. Drafts and restricted documents are not
 * listed, so they are never compiled into the site.
 */
export function mdxBodiesPlugin() {
  return {
    name: 'throughline:mdx-bodies',
    resolveId(id: string) {
      return id === mdxBodiesModule ? resolvedId : undefined;
    },
    load(id: string) {
      if (id !== resolvedId) return undefined;
      const { graph, contentDir } = loadSiteData();
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

/** Drops the cached list after content changes in dev, so added or removed `.mdx` files are seen. */
export function invalidateMdxBodies(server: {
  environments?: Record<
    string,
    { moduleGraph?: { getModuleById(id: string): unknown; invalidateModule(module: never): void } }
  >;
}): void {
  for (const environment of Object.values(server.environments ?? {})) {
    const module = environment.moduleGraph?.getModuleById(resolvedId);
    if (module) environment.moduleGraph!.invalidateModule(module as never);
  }
}
