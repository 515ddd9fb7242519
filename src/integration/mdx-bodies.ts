import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { isMdxAllowed } from '../model/mdx-allowed.ts';
import type { SiteContext } from '../render/context.ts';
import { siteData, type SiteData } from '../render/data.ts';
import { mdxBodyPlugins } from '../render/mdx-plugins.ts';

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

// Once per graph: the guard asks for every module Vite loads.
const compilable = new WeakMap<SiteData, ReadonlySet<string>>();

/**
 * The `.mdx` documents the site may compile: published ones, in a folder the `mdx` list of
 * throughline.yaml allows. Rule severities play no part: `mdx/not-allowed` may be turned off
 * or still be only printed (as in `astro dev`), and the file is still never compiled.
 */
export function compilableMdx(data: SiteData): ReadonlySet<string> {
  let keys = compilable.get(data);
  if (!keys) {
    const allowed = data.graph.config.mdx;
    keys = new Set(
      data.graph.documents
        .map((document) => document.source.key)
        .filter((key) => key.endsWith('.mdx') && isMdxAllowed(key, allowed)),
    );
    compilable.set(data, keys);
  }
  return keys;
}

/**
 * Vite plugins: one serves `virtual:throughline/mdx-bodies`, a lazy import per compilable
 * `.mdx` document keyed by its path in the content folder; the other refuses to load or
 * compile any other `.mdx` file of the content folder, however it is imported (by an allowed
 * MDX file, or a request to the dev server), so MDX code runs only where the allow-list says.
 */
export function mdxBodiesPlugin(current: () => SiteContext) {
  const refuse = (id: string) => refuseUnlistedMdx(id, current());
  return [
    {
      name: 'throughline:mdx-bodies',
      resolveId(id: string) {
        return id === mdxBodiesModule ? mdxBodiesModuleId : undefined;
      },
      load(id: string) {
        if (id !== mdxBodiesModuleId) return undefined;
        const { contentDir } = current();
        const entries = [...compilableMdx(siteData(current()))].map(
          (key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(join(contentDir, key))}),`,
        );
        return `export const mdxBodies = {\n${entries.join('\n')}\n};\n`;
      },
    },
    {
      name: 'throughline:mdx-guard',
      // Before Astro's MDX plugin (itself `pre`) can compile the file.
      enforce: 'pre' as const,
      load: { order: 'pre' as const, handler: (id: string) => refuse(id) },
      transform: { order: 'pre' as const, handler: (_code: string, id: string) => refuse(id) },
    },
  ];
}

/** Throws when a module id names an `.mdx` file of the content folder that is not compilable. */
function refuseUnlistedMdx(id: string, context: SiteContext): undefined {
  const path = id.replace(/^\0/, '').replace(/[?#].*$/s, '');
  if (!/\.mdx$/i.test(path)) return undefined;
  const data = siteData(context);
  const key = keyInContent(path, context.contentDir);
  if (key === undefined || compilableMdx(data).has(key)) return undefined;
  const allowed = data.graph.config.mdx;
  throw new Error(
    `Refusing to compile "${key}" of the content folder: MDX runs code at build time, so only published documents in the folders listed under \`mdx\` in throughline.yaml are compiled (${allowed.length ? allowed.join(', ') : 'none is listed'}).`,
  );
}

/** The file's key when it lies in the content folder (by its path as written, or its real path), else undefined. */
function keyInContent(path: string, contentDir: string): string | undefined {
  let real = contentDir;
  try {
    real = realpathSync(contentDir);
  } catch {
    // A content folder that cannot be resolved has no files to compile either.
  }
  for (const dir of new Set([contentDir, real])) {
    const key = relative(dir, path);
    if (key && key !== '..' && !key.startsWith(`..${sep}`) && !isAbsolute(key)) return key.split(sep).join('/');
  }
  return undefined;
}
