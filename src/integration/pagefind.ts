import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Graph } from '../model/graph.ts';
import { searchRecords } from '../site/search-records.ts';

/** A search index being filled while the pages render; `finish` writes it out. */
export interface SearchIndexer {
  finish(outDir: URL, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Starts the search index (`astro:build:start`): one record per published document, made from
 * the graph and handed to Pagefind's own process at once, so it indexes on another core while
 * Astro renders the pages, and no built page has to be parsed again.
 */
export async function startIndex(graph: Graph): Promise<SearchIndexer> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = Promise.all(searchRecords(graph).map((record) => index.addCustomRecord(record)));
  // Awaited in `finish`; a failure must not surface earlier as an unhandled rejection.
  added.catch(() => {});
  return {
    async finish(outDir, logger) {
      try {
        const results = await added;
        const failed = results.flatMap((result) => result.errors);
        if (failed.length) throw new Error(`Pagefind could not index ${failed.length} documents: ${failed.slice(0, 3).join('; ')}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        logger.info(`search index: ${results.length} documents (${((performance.now() - started) / 1000).toFixed(2)} s, alongside the rendering)`);
      } finally {
        await pagefind.close();
      }
    },
  };
}
