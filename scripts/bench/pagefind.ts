import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

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
