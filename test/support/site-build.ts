import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeOrganisation } from '../../tools/generate/write.ts';

/** The project root. */
export const root = resolve(import.meta.dirname, '../..');
/** Where every run's test builds go, one folder per run (global-setup.ts names it). */
export const sitesRoot = join(root, 'test/.tmp/sites');
/**
 * This run's builds: `run-<pid>` of the test runner, so two runs started side by side in one
 * working tree never share or empty each other's builds; `kept` with THROUGHLINE_KEEP_BUILDS=1.
 */
export const sitesDir = join(
  sitesRoot,
  process.env.THROUGHLINE_TEST_RUN || (process.env.THROUGHLINE_KEEP_BUILDS ? 'kept' : `run-${process.pid}`),
);
/**
 * The sample company every site test builds: content/, or THROUGHLINE_TEST_CONTENT (a folder
 * relative to the project root) to run the site tests on another content folder.
 */
export const sampleContent = join(root, process.env.THROUGHLINE_TEST_CONTENT || 'content');
/** The date the sample site is built for, so pages that depend on "today" are the same in every run. */
export const sampleToday = '2026-11-24';

export interface SiteBuildOptions {
  /** Folder name of this build under this run's folder of test/.tmp/sites/; one build per name per run. */
  name: string;
  /** Content folder, relative to the project root. */
  content?: string;
  /** Base path to build under. */
  base?: string;
  today?: string;
  /** Writes the content folder before the build, once per run (inside the build lock). */
  prepare?: () => void;
}

export interface SiteBuild {
  /** The built site. */
  dir: string;
  base: string;
  /** False when the build exited non-zero. */
  ok: boolean;
  /** What the build printed. */
  output: string;
  seconds: number;
}

/**
 * Builds a content folder with `npm run build`'s script (so build-aside-and-swap is what
 * every test exercises) once per run, whichever test file asks first; later callers, in any
 * worker, get the same folder. Builds take a lock so two never compete for the machine's cores.
 */
export async function buildSite(options: SiteBuildOptions): Promise<SiteBuild> {
  const dir = join(sitesDir, options.name);
  const record = `${dir}.json`;
  mkdirSync(sitesDir, { recursive: true });
  return withBuildLock(async () => {
    if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as SiteBuild;
    options.prepare?.();
    const result = await runBuild({ ...options, out: dir });
    const build: SiteBuild = { dir, base: options.base ?? '/', ...result };
    writeFileSync(record, JSON.stringify(build));
    return build;
  });
}

/** What a test builds or serves: the options astro.config.mjs hands the integration. */
export interface SiteContextOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  today: string;
  base?: string;
  site?: string;
}

/**
 * The environment of an `astro` process run for a test: this process's, less every
 * THROUGHLINE_ variable (a developer's own would change what is built), plus the context's,
 * which astro.config.mjs reads, once, into the integration's options.
 */
export function siteEnvironment(context: SiteContextOptions): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('THROUGHLINE_')),
  );
  return {
    ...inherited,
    THROUGHLINE_CONTENT: context.contentDir,
    THROUGHLINE_TODAY: context.today,
    ...(context.base ? { THROUGHLINE_BASE: context.base } : {}),
    ...(context.site ? { THROUGHLINE_SITE: context.site } : {}),
  };
}

/** What a build of `out` runs: the build script's arguments and environment. */
export function buildCommand(options: Omit<SiteBuildOptions, 'name'> & { out: string; env?: Record<string, string> }): {
  args: string[];
  env: NodeJS.ProcessEnv;
} {
  const env = {
    ...siteEnvironment({
      contentDir: options.content ? resolve(root, options.content) : sampleContent,
      today: options.today ?? sampleToday,
      base: options.base,
    }),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  };
  const args = [
    join(root, 'scripts/build.ts'),
    '--out',
    options.out,
    ...(options.base ? ['--base', options.base] : []),
  ];
  return { args, env };
}

/** Runs the build script once, uncached, into `out`. */
export async function runBuild(
  options: Omit<SiteBuildOptions, 'name'> & { out: string; env?: Record<string, string> },
): Promise<Omit<SiteBuild, 'dir' | 'base'>> {
  const started = performance.now();
  const { args, env } = buildCommand(options);
  return new Promise((resolvePromise) => {
    execFile(
      process.execPath,
      args,
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 },
      (error, stdout, stderr) => {
        resolvePromise({ ok: !error, output: `${stdout}${stderr}`, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(sitesDir, '.lock');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock}; remove it if no test run is going on`);
      await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The base path the sample site is also built under, to prove links survive one. */
export const samplePrefix = '/intranet/strategy/';

/** The sample company in content/, built at the root. */
export const sampleSite = () => buildSite({ name: 'sample' });
/** The same content built under a base path. */
export const sampleSiteUnderBase = () => buildSite({ name: 'sample-base', base: samplePrefix });
/** The date a year after sampleToday: the sample's closed quarter, 2026-Q3, is then in the search archive. */
export const aYearLater = '2027-11-24';
/**
 * The sample company a year on, its current cycle moved on to the quarter of that day (the
 * sample names 2026-Q4, and recentness counts back from the current cycle), under a base path:
 * search has an archive.
 */
export const sampleSiteAYearLater = () => {
  const content = join(sitesDir, 'sample-later-content');
  const prepare = () => {
    rmSync(content, { recursive: true, force: true });
    cpSync(sampleContent, content, { recursive: true });
    const config = join(content, 'throughline.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/^currentCycle:.*$/m, ''));
  };
  return buildSite({ name: 'sample-later', content, base: samplePrefix, today: aYearLater, prepare });
};
/**
 * A generated organisation with three years of quarters (2024-Q1 to 2026-Q4 on sampleToday), so
 * the search page has an archive and pages show years of history: the HTML, link and
 * accessibility gates run on it besides the sample, which has two quarters and no archive.
 */
export const generatedSiteOfYears = () => {
  const content = join(sitesDir, 'generated-years-content');
  const prepare = () => void writeOrganisation(content, { objectives: 72, quarters: 12, seed: 1, today: sampleToday });
  return buildSite({ name: 'generated-years', content, prepare });
};
/** The company whose every field carries a script payload, with draft and restricted canaries. */
export const xssSite = () => buildSite({ name: 'xss', content: 'test/gates/fixtures/xss' });

/** Fails with the build's own output unless it succeeded and produced pages. */
export function assertBuilt(build: SiteBuild): void {
  if (!build.ok) throw new Error(`The build of ${build.dir} failed:\n${build.output.slice(-4000)}`);
  const pages = existsSync(build.dir)
    ? readdirSync(build.dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length
    : 0;
  if (pages < 2) throw new Error(`The build of ${build.dir} produced ${pages} page(s):\n${build.output.slice(-2000)}`);
}

/** The HTML of a built page, by its path under the base; fails when it was not built. */
export function builtPage(build: SiteBuild, path: string): string {
  const file = join(build.dir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built`);
  return readFileSync(file, 'utf8');
}
