import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { startSiteHistory } from '../model/history/site-history.ts';
import { siteData } from '../render/data.ts';
import { objectiveFileIds } from '../render/history.ts';
import { siteSession, siteSettings, type SiteSession, type ThroughlineOptions } from './site-session.ts';
import { contextPlugin } from './context-module.ts';
import { serveDev } from './dev-server.ts';
import { mdxBodiesPlugin, mdxCompiler } from './mdx-bodies.ts';
import { copyMermaid } from './mermaid-assets.ts';
import { startIndex, type SearchIndexer } from './pagefind.ts';
import { validateContent, validateSiteAddress } from './validate.ts';

export type { ThroughlineOptions };

/**
 * Throughline as an Astro integration: the content is checked before anything is rendered
 * (errors stop the build), pages get the site's context from `virtual:throughline/context`,
 * `.mdx` bodies are compiled by Astro's MDX integration, Mermaid's files are served or copied,
 * and Pagefind indexes the published documents while the pages render (in `astro dev`, in memory).
 */
export default function throughline(options: ThroughlineOptions = {}): AstroIntegration {
  let session: SiteSession;
  // Where the search indexes are written while the pages render: under Astro's cache folder.
  let searchWorkDir = '';
  let indexer: SearchIndexer | undefined;
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command, logger }) => {
        // A base path or site URL from astro.config, the command line or the environment is refused
        // before anything else runs; those from throughline.yaml are checked with the content.
        validateSiteAddress({ base: config.base, site: config.site });
        validateSiteAddress({ base: options.base ?? '/', site: options.site });
        session = siteSession(options, config.root, command);
        // In dev each file's read is kept, so a saved file is read again alone.
        const { graph } = validateContent(session.content, logger, {
          failOnErrors: command === 'build',
          live: command === 'dev',
        });
        // The git history is read on another thread while the pages are bundled; the first page
        // that shows it takes it from there (in dev, pages read it themselves, after each edit).
        if (command === 'build') startSiteHistory(session.content.contentDir, objectiveFileIds(graph));
        // MDX bodies go through Astro's MDX compiler, only for the folders the configuration allows (mdx-bodies.ts refuses the rest).
        updateConfig({
          integrations: [mdxCompiler(session.current)],
          vite: { plugins: [contextPlugin(session.current), mdxBodiesPlugin(session.current)] },
        });
        updateConfig(siteSettings(config, options, graph.config));
      },
      'astro:config:done': ({ config }) => {
        session.settle(config);
        searchWorkDir = fileURLToPath(new URL('throughline/', config.cacheDir));
      },
      'astro:server:setup': ({ server, logger }) => serveDev(server, logger, session),
      'astro:build:start': async () => {
        indexer = await startIndex(siteData(session.content).graph, searchWorkDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        copyMermaid(dir);
        await indexer?.finish(dir, logger);
      },
    },
  };
}
