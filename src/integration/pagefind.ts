import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built pages into `<out>/pagefind/`: only what pages mark `data-pagefind-body`. */
export async function indexSite(outDir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const dir = fileURLToPath(outDir);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dir.replace(/\/?$/, '/')}pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`search index: ${added.page_count} pages (${((performance.now() - started) / 1000).toFixed(2)} s)`);
}
