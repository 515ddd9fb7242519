import type { AstroIntegrationLogger } from 'astro';
import type { ServerResponse } from 'node:http';
import * as pagefind from 'pagefind';
import { loadSiteData } from '../site/data.ts';
import { searchRecords } from '../site/search-records.ts';

/** The search index of `astro dev`, kept in memory and made again when the content changes. */
export interface DevSearch {
  /** Answers a request for `<base>pagefind/…`; returns whether it did. */
  serve(url: string, response: ServerResponse): Promise<boolean>;
  rebuild(): void;
}

const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json' };

/**
 * Search in `astro dev`: the same records as the build, indexed by Pagefind in memory
 * (`getFiles`) rather than written to disk, so the search page works while editing.
 */
export function devSearch(base: string, logger: AstroIntegrationLogger): DevSearch {
  const prefix = `${base.replace(/\/?$/, '/')}pagefind/`;
  let files = new Map<string, Uint8Array>();
  let ready: Promise<void> = Promise.resolve();
  const build = async () => {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    await Promise.all(searchRecords(loadSiteData().graph).map((record) => index.addCustomRecord(record)));
    const written = await index.getFiles();
    if (written.errors.length) throw new Error(written.errors.join('; '));
    files = new Map(written.files.map((file) => [file.path, file.content]));
    await index.deleteIndex();
  };
  const rebuild = () => {
    ready = ready.then(build).catch((error: unknown) => logger.warn(`search index not rebuilt: ${(error as Error).message}`));
  };
  rebuild();
  return {
    rebuild,
    async serve(url, response) {
      const path = decodeURIComponent(url.split('?')[0]!);
      if (!path.startsWith(prefix)) return false;
      await ready;
      const file = files.get(path.slice(prefix.length));
      if (!file) return false;
      response.writeHead(200, { 'content-type': types[path.split('.').pop()!] ?? 'application/octet-stream' });
      response.end(file);
      return true;
    },
  };
}
