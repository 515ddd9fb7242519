import type { AstroIntegrationLogger } from 'astro';
import type { ServerResponse } from 'node:http';
import { escapeControls } from '../model/format.ts';
import type { Graph } from '../model/graph.ts';
import { searchBundles } from '../render/search-options.ts';
import { searchIndexes, type SearchRecord } from '../render/search-records.ts';
import { filledIndex } from './pagefind.ts';
import { decodedPath } from './mermaid-assets.ts';

/** The search indexes of `astro dev`, kept in memory and made again on the first search after the content changes. */
export interface DevSearch {
  /** Answers a request for a file of `<base>pagefind/` or `<base>pagefind-archive/`; returns whether it did. */
  serve(url: string, response: ServerResponse): Promise<boolean>;
  rebuild(): void;
}

const types: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
};

/**
 * Search in `astro dev`: the same records as the build, indexed by Pagefind in memory
 * (`getFiles`) rather than written to disk, so the search page works while editing. `graph`
 * gives the current graph each time the indexes are made.
 */
export function devSearch(base: string, graph: () => Graph, logger: AstroIntegrationLogger): DevSearch {
  const root = base.replace(/\/?$/, '/');
  /** Every file of both indexes, by its path from the site root. */
  let files = new Map<string, Uint8Array>();
  let ready: Promise<void> = Promise.resolve();
  const build = async () => {
    const { recent, archive } = searchIndexes(graph());
    const made = new Map<string, Uint8Array>();
    for (const [folder, records] of [
      [searchBundles.recent, recent],
      [searchBundles.archive, archive],
    ] as const) {
      if (records.length) for (const [path, content] of await indexFiles(records)) made.set(folder + path, content);
    }
    files = made;
  };
  // Made when search is next asked for, not on every save: at 10,000 objectives indexing takes
  // seconds, and would hold up the page the save reloads.
  let stale = true;
  const rebuild = () => {
    stale = true;
  };
  return {
    rebuild,
    async serve(url, response) {
      const path = decodedPath(url);
      if (path === undefined || !path.startsWith(root)) return false;
      const key = path.slice(root.length);
      if (!key.startsWith(searchBundles.recent) && !key.startsWith(searchBundles.archive)) return false;
      if (stale) {
        stale = false;
        ready = ready
          .then(build)
          .catch((error: unknown) =>
            logger.warn(`search index not rebuilt: ${escapeControls((error as Error).message)}`),
          );
      }
      await ready;
      const file = files.get(key);
      if (!file) return false;
      response.writeHead(200, { 'content-type': types[path.split('.').pop()!] ?? 'application/octet-stream' });
      response.end(file);
      return true;
    },
  };
}

/** One index's files, made in memory. */
async function indexFiles(records: readonly SearchRecord[]): Promise<[string, Uint8Array][]> {
  const index = await filledIndex(records);
  try {
    const written = await index.getFiles();
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return written.files.map((file) => [file.path, file.content]);
  } finally {
    await index.deleteIndex();
  }
}
