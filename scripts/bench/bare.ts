import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushWrites, type Aside } from './aside.ts';
import { measure, type Run } from './measure.ts';

/**
 * The baseline: the smallest Astro project that renders the same objective files, one
 * plain page each (title and body) from a content collection, and nothing else. Our
 * build is compared with it in the same run, on the same machine.
 */
const files: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'bare-astro-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  // A cache of its own, emptied before every build, so each build starts cold.
  cacheDir: './.cache',
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  okrs: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BARE_CONTENT }) }),
};
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('okrs');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.title}</title>
  </head>
  <body>
    <h1>{entry.data.title}</h1>
    <Content />
  </body>
</html>
`,
};

/** Writes the baseline project (it uses the repository's node_modules, found by walking up). */
export function writeBareProject(dir: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Builds the baseline over a content folder's objectives into `outDir`, cold; what an earlier build left goes `aside`. */
export function buildBare(
  projectDir: string,
  contentDir: string,
  outDir: string,
  astroBin: string,
  aside: Aside,
): Promise<Run> {
  for (const dir of [join(projectDir, '.cache'), join(projectDir, '.astro'), outDir]) aside.move(dir);
  flushWrites();
  return measure(process.execPath, [astroBin, 'build', '--root', projectDir, '--outDir', outDir, '--force'], {
    env: { ...process.env, BARE_CONTENT: join(contentDir, 'okrs'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
