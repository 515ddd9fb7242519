import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { mdxBodiesPlugin, mdxCompiler } from './mdx-bodies.ts';
import { copyMermaid, serveMermaid } from './mermaid-assets.ts';
import { setDevServer } from '../site/dev-server.ts';
import { setBasePath } from '../site/urls.ts';
import { startIndex, type SearchIndexer } from './pagefind.ts';
import { devSearch } from './search-dev.ts';
import { validateContent, validateSiteAddress } from './validate.ts';
import { loadSiteData } from '../site/data.ts';
import { watchContent } from './watch.ts';

/**
 * Throughline as an Astro integration: the content is checked before anything is rendered
 * (errors stop the build), `.mdx` bodies are compiled by Astro's MDX integration, Mermaid's
 * files are served or copied, and Pagefind indexes the published documents while the pages render
 * (in `astro dev`, in memory).
 */
export default function throughline(): AstroIntegration {
  let base = '/';
  // Where the search indexes are written while the pages render: under Astro's cache folder.
  let searchWorkDir = '';
  let indexer: SearchIndexer | undefined;
  return {
    name: 'throughline',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command, logger }) => {
        setDevServer(command === 'dev');
        validateSiteAddress(config);
        const configured = validateContent(logger, { failOnErrors: command === 'build' });
        base = config.base;
        // MDX bodies go through Astro's MDX compiler, only for the folders the configuration allows (mdx-bodies.ts refuses the rest).
        updateConfig({ integrations: [mdxCompiler()], vite: { plugins: [mdxBodiesPlugin()] } });
        if (!process.env.THROUGHLINE_BASE && configured.base && config.base === '/')
          updateConfig({ base: configured.base });
        if (!config.site && configured.site) updateConfig({ site: configured.site });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        searchWorkDir = fileURLToPath(new URL('throughline/', config.cacheDir));
        setBasePath(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const search = devSearch(base, logger);
        server.middlewares.use((request, response, next) => {
          const url = request.url ?? '';
          if (serveMermaid(base, url, response)) return;
          search.serve(url, response).then((served) => served || next(), next);
        });
        watchContent(server, logger, () => search.rebuild());
      },
      'astro:build:start': async () => {
        indexer = await startIndex(loadSiteData().graph, searchWorkDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        copyMermaid(dir);
        await indexer?.finish(dir, logger);
      },
    },
  };
}
