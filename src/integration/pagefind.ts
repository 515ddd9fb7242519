import type { AstroIntegrationLogger } from 'astro';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { Graph } from '../model/graph.ts';
import { searchBundles } from '../render/search-options.ts';
import { searchIndexes, type SearchRecord } from '../render/search-records.ts';

/** Search indexes being built while the pages render; `finish` puts them into the site. */
export interface SearchIndexer {
  finish(outDir: URL, logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Starts the search indexes (`astro:build:start`): one record per published document, made
 * from the graph and handed to Pagefind's own process at once. Pagefind indexes them and
 * writes each index into a folder of its own under `workDir` on another core while Astro
 * renders the pages (Astro empties the output folder after this hook, so nothing can be
 * written there yet); `finish` moves the written indexes into the site. No built page has to
 * be parsed again. Recent documents and the archive get an index each; the archive's is
 * only written when it has records.
 */
export async function startIndex(graph: Graph, workDir: string): Promise<SearchIndexer> {
  const started = performance.now();
  removeAbandoned(workDir);
  const staging = mkdtempSync(join(workDir, 'search-'));
  const { recent, archive } = searchIndexes(graph);
  const bundles = [
    { folder: searchBundles.recent, records: recent },
    ...(archive.length ? [{ folder: searchBundles.archive, records: archive }] : []),
  ];
  const written = bundles.map(({ folder, records }) => writeIndex(records, join(staging, folder)).then(() => folder));
  // Awaited in `finish`; a failure must not surface earlier as an unhandled rejection.
  for (const promise of written) promise.catch(() => {});
  return {
    async finish(outDir, logger) {
      try {
        // An archive left over from an earlier build into the same folder would be searched as current.
        for (const folder of Object.values(searchBundles))
          rmSync(new URL(folder, outDir), { recursive: true, force: true });
        for (const folder of await Promise.all(written))
          moveFolder(join(staging, folder), fileURLToPath(new URL(folder, outDir)));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `search index: ${recent.length} documents, ${archive.length} more in the archive (${seconds} s, alongside the rendering)`,
        );
      } finally {
        rmSync(staging, { recursive: true, force: true });
        await pagefind.close();
      }
    },
  };
}

/** Adds the records to a new Pagefind index and writes it to `outputPath`. */
async function writeIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const index = await filledIndex(records);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

/** A new Pagefind index holding the records (for the build and `astro dev`); deleted again if one is refused. */
export async function filledIndex(records: readonly SearchRecord[]): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const failed = results.flatMap((result) => result.errors);
  if (failed.length) {
    await index.deleteIndex();
    throw new Error(`Pagefind could not index ${failed.length} documents: ${failed.slice(0, 3).join('; ')}`);
  }
  return index;
}

/** A day: older work folders were left by builds that failed before `finish`; younger ones may belong to a build still running. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;

/** Creates the work folder, removing what failed builds left in it. */
function removeAbandoned(workDir: string): void {
  mkdirSync(workDir, { recursive: true });
  for (const name of readdirSync(workDir)) {
    if (!name.startsWith('search-')) continue;
    const path = join(workDir, name);
    // Another build may finish and remove its own folder meanwhile.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && Date.now() - modified > abandonedAfterMs)
      rmSync(path, { recursive: true, force: true });
  }
}

/** Renames a folder into place; copies it when the two are on different file systems. */
function moveFolder(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
}
