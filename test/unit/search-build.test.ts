import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startIndex } from '../../src/integration/pagefind.ts';
import { siteData } from '../../src/render/data.ts';
import { searchIndexes } from '../../src/render/search-records.ts';

const root = mkdtempSync(join(tmpdir(), 'throughline-search-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const logged: string[] = [];
const logger = { info: (message: string) => logged.push(message) } as never;

/** The sample graph on a given day. */
function graphOn(today: string) {
  return siteData({ contentDir: resolve('test/build/fixtures/company'), today }).graph;
}

const pageCount = (folder: string) =>
  (
    JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages.en!.page_count;

/** The indexes whose entry file is already written in a work folder. */
const writtenAside = (workDir: string) =>
  readdirSync(workDir)
    .flatMap((staging) =>
      readdirSync(join(workDir, staging)).filter((folder) =>
        existsSync(join(workDir, staging, folder, 'pagefind-entry.json')),
      ),
    )
    .sort();

describe('the search indexes of a build', () => {
  it('writes both indexes aside while the pages render, then moves them into the site', async () => {
    const graph = graphOn('2028-01-15');
    const { recent, archive } = searchIndexes(graph);
    expect(archive.length).toBeGreaterThan(0);
    const workDir = join(root, 'work-both');
    const outDir = join(root, 'site-both');
    const indexer = await startIndex(graph, workDir);
    // Both indexes are written before `finish`, that is while the pages would still be rendering.
    await expect
      .poll(() => writtenAside(workDir), { timeout: 30_000, interval: 100 })
      .toEqual(['pagefind', 'pagefind-archive']);
    mkdirSync(outDir);
    await indexer.finish(pathToFileURL(`${outDir}/`), logger);
    expect(pageCount(join(outDir, 'pagefind'))).toBe(recent.length);
    expect(pageCount(join(outDir, 'pagefind-archive'))).toBe(archive.length);
    expect(readdirSync(workDir)).toEqual([]);
    expect(logged.at(-1)).toMatch(
      new RegExp(`^search index: ${recent.length} documents, ${archive.length} more in the archive`),
    );
  });

  it('leaves no archive of an earlier build behind when there is none now', async () => {
    const graph = graphOn('2026-11-24');
    expect(searchIndexes(graph).archive).toEqual([]);
    const outDir = join(root, 'site-stale');
    mkdirSync(join(outDir, 'pagefind-archive'), { recursive: true });
    writeFileSync(join(outDir, 'pagefind-archive', 'pagefind-entry.json'), '{}');
    const indexer = await startIndex(graph, join(root, 'work-stale'));
    await indexer.finish(pathToFileURL(`${outDir}/`), logger);
    expect(existsSync(join(outDir, 'pagefind-archive'))).toBe(false);
    expect(pageCount(join(outDir, 'pagefind'))).toBe(searchIndexes(graph).recent.length);
  });

  it('removes work folders that failed builds left over a day ago, and no younger ones', async () => {
    const workDir = join(root, 'work-left');
    const old = join(workDir, 'search-failed');
    const young = join(workDir, 'search-running');
    mkdirSync(join(old, 'pagefind'), { recursive: true });
    mkdirSync(young, { recursive: true });
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(old, twoDaysAgo, twoDaysAgo);
    const indexer = await startIndex(graphOn('2026-11-24'), workDir);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
    await indexer.finish(pathToFileURL(`${join(root, 'site-left')}/`), logger);
    expect(readdirSync(workDir)).toEqual(['search-running']);
  });
});
