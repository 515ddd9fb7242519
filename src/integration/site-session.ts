import type { AstroConfig } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ThroughlineConfig } from '../schemas/config.ts';
import { isIsoDate } from '../schemas/common.ts';
import type { ContentContext, SiteContext } from '../render/context.ts';
import { siteData, type SiteData } from '../render/data.ts';
import { editFolderUrl } from '../render/edit-link.ts';

/** Options of `throughline()` in astro.config.mjs, the one place the environment is read. */
export interface ThroughlineOptions {
  /**
   * The content folder, relative to the project root.
   * @default 'content'
   */
  contentDir?: string;
  /**
   * The date pages treat as today (YYYY-MM-DD), for reproducible builds.
   * @default the real date
   */
  today?: string;
  /**
   * The path the site is served under, unless Astro has one of its own (`base`, `--base`).
   * @default `base` in throughline.yaml, else `/`
   */
  base?: string;
  /**
   * The site's absolute URL, unless Astro has one of its own (`site`, `--site`).
   * @default `site` in throughline.yaml
   */
  site?: string;
}

/** The content to check and render, from the options; a date that is not one is refused before anything runs. */
export function contentContext(options: ThroughlineOptions, root: URL): ContentContext {
  if (options.today !== undefined && !isIsoDate(options.today))
    throw new Error(`throughline(): \`today\` takes a date as YYYY-MM-DD, not "${options.today}"`);
  const contentDir = resolve(fileURLToPath(root), options.contentDir ?? 'content');
  return options.today === undefined ? { contentDir } : { contentDir, today: options.today };
}

/**
 * Astro's `base` and `site`, where it has none of its own: the options', else those of the
 * content's throughline.yaml.
 */
export function siteSettings(
  config: Pick<AstroConfig, 'base' | 'site'>,
  options: ThroughlineOptions,
  configured: Pick<ThroughlineConfig, 'base' | 'site'>,
): { base?: string; site?: string } {
  const base = options.base ?? configured.base;
  const site = options.site ?? configured.site;
  return {
    ...(config.base === '/' && base ? { base } : {}),
    ...(!config.site && site ? { site } : {}),
  };
}

/** The context pages render for, once Astro's configuration is final. */
export function siteContext(
  content: ContentContext,
  config: Pick<AstroConfig, 'base'>,
  command: string,
  configured: ThroughlineConfig,
): SiteContext {
  const editFolder = editFolderUrl(configured);
  return {
    ...content,
    base: config.base.replace(/\/?$/, '/'),
    command: command === 'dev' ? 'dev' : 'build',
    ...(editFolder ? { editFolderUrl: editFolder } : {}),
  };
}

/** The context of one build or dev session: its content known in `astro:config:setup`, the rest in `astro:config:done`. */
export interface SiteSession {
  /** The content to check and render. */
  readonly content: ContentContext;
  /** The context pages render for; an error before `settle`. */
  current(): SiteContext;
  /** Completes the context once Astro's configuration is final. */
  settle(config: Pick<AstroConfig, 'base'>): void;
  /**
   * After a content edit in dev: loads the content again (only the `changed` files, keys under
   * the content folder, when given and known) and renews the context; says whether the context changed.
   */
  reload(changed?: readonly string[]): { data: SiteData; contextChanged: boolean };
}

/** Opens the session in `astro:config:setup`, once the project root and the command are known. */
export function siteSession(options: ThroughlineOptions, root: URL, command: string): SiteSession {
  const content = contentContext(options, root);
  let context: SiteContext | undefined;
  const current = () => {
    if (!context) throw new Error('The site context is only known from astro:config:done on');
    return context;
  };
  return {
    content,
    current,
    settle(config) {
      context = siteContext(content, config, command, siteData(content).graph.config);
    },
    reload(changed) {
      const data = siteData(content, { reload: true, ...(changed ? { changed } : {}) });
      const before = JSON.stringify(current());
      context = siteContext(content, current(), command, data.graph.config);
      return { data, contextChanged: JSON.stringify(context) !== before };
    },
  };
}
