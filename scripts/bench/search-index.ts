import type { AstroIntegrationLogger } from 'astro';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { startIndex } from '../../src/integration/pagefind.ts';
import { siteData } from '../../src/render/data.ts';

/**
 * Indexes a built site with Pagefind's Node API, as the build does, into a separate
 * folder so the site's own index is left alone; returns the wall time in milliseconds.
 */
export async function timePagefind(siteDir: string, outputDir: string): Promise<number> {
  rmSync(outputDir, { recursive: true, force: true });
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: outputDir });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputDir}: ${written.errors.join('; ')}`);
    return performance.now() - started;
  } finally {
    await pagefind.close();
  }
}

/**
 * The search indexes as the build makes them: one record per published document of a content
 * folder, from the graph, on `today`, written to `<outputDir>/pagefind/` (and
 * `pagefind-archive/`); returns the wall time in milliseconds, graph excluded. In the build
 * this runs beside the rendering.
 */
export async function timeSearchIndex(contentDir: string, outputDir: string, today: string): Promise<number> {
  rmSync(outputDir, { recursive: true, force: true });
  const { graph } = siteData({ contentDir: resolve(contentDir), today });
  const started = performance.now();
  const indexer = await startIndex(graph, `${outputDir}.work`);
  await indexer.finish(pathToFileURL(`${outputDir}/`), silent);
  const elapsed = performance.now() - started;
  rmSync(`${outputDir}.work`, { recursive: true, force: true });
  return elapsed;
}

const silent = { info() {} } as unknown as AstroIntegrationLogger;
