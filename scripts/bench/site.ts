import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { flushWrites, type Aside } from './aside.ts';
import { measure, type Run } from './measure.ts';

/** Our build, or why it could not be measured. */
export type SiteBuild = { available: true; run: Run } | { available: false; reason: string; run?: Run };

/**
 * Our full build, exactly as users run it: `npm run build` (every page kind, maps and
 * search) over a content folder given in THROUGHLINE_CONTENT, on the date the content was
 * generated for (THROUGHLINE_TODAY, as `check` gets it), cold (`--force` empties Astro's
 * content cache). A project without a site yet, or a failing build, is reported
 * as not available rather than failing the whole benchmark. What an earlier build left goes `aside`.
 */
export async function buildSite(
  root: string,
  contentDir: string,
  outDir: string,
  today: string,
  aside: Aside,
): Promise<SiteBuild> {
  if (!['astro.config.mjs', 'astro.config.ts', 'astro.config.mts'].some((name) => existsSync(join(root, name)))) {
    return { available: false, reason: 'the project has no Astro configuration yet' };
  }
  aside.move(outDir);
  flushWrites();
  const run = await measure('npm', ['run', '--silent', 'build', '--', '--out', outDir, '--force'], {
    cwd: root,
    env: { ...process.env, THROUGHLINE_CONTENT: contentDir, THROUGHLINE_TODAY: today, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (!run.ok) return { available: false, reason: `npm run build exited with ${run.exitCode}:\n${run.tail}`, run };
  if (!existsSync(outDir) || !readdirSync(outDir).length)
    return { available: false, reason: `npm run build wrote nothing to ${outDir}`, run };
  return { available: true, run };
}
