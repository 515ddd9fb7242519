import type { AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Graph } from '../model/graph.ts';
import { searchBundles } from '../site/search-options.ts';
import { searchIndexes, type SearchRecord } from '../site/search-records.ts';

/** A search index being filled while the pages render; `finish` writes it out. */
export interface SearchIndexer {
  finish(outDir: URL, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Starts the search indexes (`astro:build:start`): one record per published document, made
 * from the graph and handed to Pagefind's own process at once, so it indexes on another core
 * while Astro renders the pages, and no built page has to be parsed again. Recent documents
 * and the archive get an index each; the archive's is only written when it has records.
 */
export async function startIndex(graph: Graph): Promise<SearchIndexer> {
  const started = performance.now();
  const { recent, archive } = searchIndexes(graph);
  const indexes = await Promise.all([fill(recent, searchBundles.recent), ...(archive.length ? [fill(archive, searchBundles.archive)] : [])]);
  return {
    async finish(outDir, logger) {
      try {
        // An archive left over from an earlier build into the same folder would be searched as current.
        rmSync(new URL(searchBundles.archive, outDir), { recursive: true, force: true });
        for (const { folder, index, added } of indexes) {
          const results = await added;
          const failed = results.flatMap((result) => result.errors);
          if (failed.length) throw new Error(`Pagefind could not index ${failed.length} documents: ${failed.slice(0, 3).join('; ')}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(folder, outDir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`search index: ${recent.length} documents, ${archive.length} more in the archive (${seconds} s, alongside the rendering)`);
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** A new Pagefind index with the records being added to it. */
async function fill(records: SearchRecord[], folder: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = Promise.all(records.map((record) => index.addCustomRecord(record)));
  // Awaited in `finish`; a failure must not surface earlier as an unhandled rejection.
  added.catch(() => {});
  return { folder, index, added };
}
