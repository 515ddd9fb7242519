import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { devSearch } from '../../src/integration/search-dev.ts';
import { siteData } from '../../src/render/data.ts';
import { searchIndexes } from '../../src/render/search-records.ts';

/** A response that keeps what was written to it. */
function response() {
  const sent: { status?: number; headers?: Record<string, string>; body?: Uint8Array } = {};
  const fake = {
    writeHead(status: number, headers: Record<string, string>) {
      Object.assign(sent, { status, headers });
      return fake;
    },
    end(body: Uint8Array) {
      sent.body = body;
    },
  };
  return { sent, response: fake as unknown as ServerResponse };
}

const logger = {
  warn: (message: string) => {
    throw new Error(message);
  },
} as never;

describe('search in astro dev', () => {
  // Over a year after 2026-Q4: its objectives and brief are in the archive, the rest is recent.
  const content = { contentDir: resolve('test/build/fixtures/company'), today: '2028-01-15' };
  const { recent, archive } = searchIndexes(siteData(content).graph);
  const search = devSearch('/intranet/', () => siteData(content).graph, logger);
  afterAll(() => pagefind.close());

  const pageCount = async (folder: string) => {
    const entry = response();
    expect(await search.serve(`/intranet/${folder}/pagefind-entry.json?ts=1`, entry.response)).toBe(true);
    expect(entry.sent.status).toBe(200);
    return (
      JSON.parse(new TextDecoder().decode(entry.sent.body)) as { languages: Record<string, { page_count: number }> }
    ).languages.en!.page_count;
  };

  it('serves the recent index and the archive under the base path, from memory', async () => {
    expect(recent.length).toBeGreaterThan(0);
    expect(archive.length).toBeGreaterThan(0);
    expect(await pageCount('pagefind')).toBe(recent.length);
    expect(await pageCount('pagefind-archive')).toBe(archive.length);
    const script = response();
    expect(await search.serve('/intranet/pagefind/pagefind-ui.js', script.response)).toBe(true);
    expect(script.sent.headers!['content-type']).toMatch(/^text\/javascript/);
  });

  it('leaves every other address to the dev server', async () => {
    expect(await search.serve('/intranet/objectives/x/', response().response)).toBe(false);
    expect(await search.serve('/pagefind/pagefind.js', response().response)).toBe(false);
    expect(await search.serve('/intranet/pagefind/no-such-file.js', response().response)).toBe(false);
  });
});
