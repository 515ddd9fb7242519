#!/usr/bin/env node
// `npm run bench`: generate organisations, time `check`, our build against a bare Astro
// build of the same objective files, Pagefind, page and search bytes and map rendering.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeOrganisation } from '../tools/generate/write.ts';
import { Aside } from './bench/aside.ts';
import { buildBare, writeBareProject } from './bench/bare.ts';
import {
  firstSearchBytes,
  largestMap,
  largestObjectivePage,
  launch,
  mapBytes,
  pageBytes,
  serve,
  timeToMap,
} from './bench/in-browser.ts';
import { timeCachedCheck } from './bench/cached-check.ts';
import { writeGitHistory } from './bench/git-history.ts';
import { timeDevReload } from './bench/dev-reload.ts';
import { machine, measure, median, type Run } from './bench/measure.ts';
import { timePagefind, timeSearchIndex } from './bench/search-index.ts';
import { formatTable, type BenchResult, type SizeResult } from './bench/report.ts';
import { buildSite } from './bench/site.ts';

const usage = `Usage: npm run bench -- [options]

Generates organisations of each size into .bench/ and measures, in one run: check (whole
process, several runs: cold, cold writing the cache, warm, and --changed with one file edited),
npm run dev (a save until the page shows it), the full build and a bare Astro build of the same objective files
(wall time, peak memory, their ratio), Pagefind indexing, the gzip bytes of an objective
page and of the first search query, and the largest map's render time in Chromium.

Options:
  --sizes LIST    objective counts, comma-separated (default: 1000,10000)
  --quick         1,000 objectives only
  --runs N        check runs per size (default: 5)
  --build-runs N  runs of each build per size, bare and ours alternately (default: 3)
  --seed S        generator seed (default: 1)
  --check-only    skip the builds and everything that needs a built site
  --no-dev        skip the npm run dev figure (a save until the page shows it)
  --out FILE      where to write the JSON results (default: .bench/results.json)
  -h, --help      show this help`;

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.bench');
const today = '2026-11-24';
const searchTerm = 'revenue';
/** Built sites of earlier runs, kept until every figure is taken (bench/aside.ts). */
const aside = new Aside(join(work, 'aside'));

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '1000,10000' },
        quick: { type: 'boolean', default: false },
        runs: { type: 'string', default: '5' },
        'build-runs': { type: 'string', default: '3' },
        seed: { type: 'string', default: '1' },
        'check-only': { type: 'boolean', default: false },
        'no-dev': { type: 'boolean', default: false },
        out: { type: 'string', default: join(work, 'results.json') },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const sizes = values.quick ? [1000] : values.sizes.split(',').map(Number);
  const runs = Number(values.runs);
  const buildRuns = Number(values['build-runs']);
  const seed = Number(values.seed);
  if (
    sizes.some((n) => !Number.isInteger(n) || n < 20) ||
    !Number.isInteger(runs) ||
    runs < 1 ||
    !Number.isInteger(buildRuns) ||
    buildRuns < 1 ||
    !Number.isInteger(seed)
  ) {
    process.stderr.write(
      `--sizes takes whole numbers of at least 20, --runs, --build-runs and --seed whole numbers\n\n${usage}\n`,
    );
    return 2;
  }
  mkdirSync(work, { recursive: true });
  const result: BenchResult = { date: new Date().toISOString(), machine: machine(), seed, sizes: [] };
  try {
    for (const objectives of sizes.sort((a, b) => a - b)) {
      result.sizes.push(await benchSize(objectives, seed, runs, buildRuns, values['check-only'], !values['no-dev']));
    }
  } finally {
    aside.empty();
  }
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`\n${formatTable(result, values['check-only'])}\n\nResults written to ${values.out}\n`);
  return 0;
}

async function benchSize(
  objectives: number,
  seed: number,
  runs: number,
  buildRuns: number,
  checkOnly: boolean,
  dev: boolean,
): Promise<SizeResult> {
  const log = (step: string) => process.stderr.write(`[${objectives}] ${step}\n`);
  const content = join(work, `org-${objectives}`);

  log('generating');
  const generatedAt = performance.now();
  const organisation = writeOrganisation(content, { objectives, seed, today });
  const size: SizeResult = {
    objectives,
    files: organisation.files.length,
    generateMs: performance.now() - generatedAt,
    checkRunsMs: [],
    checkMedianMs: 0,
    notes: [],
  };

  log(`check: cold, cold writing the cache, warm, --changed; ${runs} runs of each, in turn`);
  size.cachedCheck = await timeCachedCheck(root, content, today, runs);
  size.checkRunsMs = size.cachedCheck.coldRunsMs;
  size.checkMedianMs = size.cachedCheck.coldMedianMs;
  if (dev) {
    log(`npm run dev: ${runs} saves of one objective file, each until its page shows the change`);
    try {
      size.devReload = await timeDevReload(root, content, today, runs, 4400 + (objectives % 500));
    } catch (error) {
      size.notes.push(`dev reload not measured: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (checkOnly) return size;

  // The build reads the content's git history for every objective page and the what-changed
  // pages, as it does in production: eight weekly commits each change 5 % of the targets.
  log('git history: eight weekly commits, each changing the targets of 5 % of the objectives');
  const versions = writeGitHistory(content, today);
  size.notes.push(`built with a git history of 9 commits and ${versions} objective versions`);
  await builds(size, content, buildRuns, log);
  await browserFigures(size, content, log);
  return size;
}

/**
 * The bare Astro baseline (the same objective files, one plain page each) and our full build
 * with `npm run build`, run alternately `buildRuns` times so a busy spell of a shared machine
 * weighs on both alike; medians and the ratio of the medians are reported, every run kept.
 * Then Pagefind over the bare pages, as a reference, and our search indexing alone.
 */
async function builds(
  size: SizeResult,
  content: string,
  buildRuns: number,
  log: (step: string) => void,
): Promise<void> {
  const project = join(work, 'bare');
  const bareOut = join(work, `bare-out-${size.objectives}`);
  const siteOut = join(work, `site-${size.objectives}`);
  writeBareProject(project);
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const bareRuns: Run[] = [];
  const siteRuns: Run[] = [];
  for (let i = 1; i <= buildRuns; i++) {
    log(`bare Astro build, run ${i} of ${buildRuns}`);
    const bare = await buildBare(project, content, bareOut, astro, aside);
    if (!bare.ok) throw new Error(`The bare Astro build failed (exit ${bare.exitCode}):\n${bare.tail}`);
    bareRuns.push(bare);
    log(`full build (npm run build), run ${i} of ${buildRuns}`);
    const site = await buildSite(root, content, siteOut, today, aside);
    if (!site.available) {
      size.notes.push(`full build not available: ${site.reason}`);
      break;
    }
    siteRuns.push(site.run);
  }
  size.bareBuild = summarise(bareRuns);
  size.bareMsPerObjective = size.bareBuild.wallMs / size.objectives;
  if (siteRuns.length) {
    size.build = summarise(siteRuns);
    size.buildMsPerObjective = size.build.wallMs / size.objectives;
    size.ratio = size.build.wallMs / size.bareBuild.wallMs;
    size.pairRatios = siteRuns.map((run, i) => run.wallMs / bareRuns[i]!.wallMs);
  }
  log('Pagefind over the bare pages');
  size.pagefindBareMs = await timePagefind(bareOut, join(bareOut, 'pagefind'));
  if (!siteRuns.length) return;
  log('search indexing, as the build does it');
  size.pagefindMs = await timeSearchIndex(content, join(work, `search-${size.objectives}`), today);
}

/** Median wall time and the highest memory peaks of several runs of one build. */
function summarise(runs: readonly Run[]): NonNullable<SizeResult['build']> {
  const peak = (values: (number | undefined)[]) =>
    values.some((v) => v !== undefined) ? Math.max(...values.filter((v): v is number => v !== undefined)) : undefined;
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    runsMs: runs.map((r) => r.wallMs),
    peakRssMb: peak(runs.map((r) => r.peakRssMb)),
    peakTreeRssMb: peak(runs.map((r) => r.peakTreeRssMb)),
  };
}

/** What a browser downloads and shows: an objective page, the first search, the largest map. */
async function browserFigures(size: SizeResult, content: string, log: (step: string) => void): Promise<void> {
  log('browser: page and search bytes, map drawing');
  const browser = await launch();
  try {
    const bare = join(work, `bare-out-${size.objectives}`);
    const bareServer = await serve(bare);
    try {
      size.firstSearchBare = await firstSearchBytes(browser, bareServer.url, bare, searchTerm);
    } finally {
      await bareServer.close();
    }
    if (!size.build) return;
    const site = join(work, `site-${size.objectives}`);
    const server = await serve(site);
    try {
      const page = largestObjectivePage(site, content);
      if (page)
        size.objectivePage = {
          path: page,
          ...(await pageBytes(browser, server.url, page)),
          mapBytes: mapBytes(site, page),
        };
      else size.notes.push('no objective page found in the built site');
      size.firstSearch = await firstSearchBytes(browser, server.url, site, searchTerm);
      if (!size.firstSearch) size.notes.push('no Pagefind index in the built site');
      size.firstSearchWithArchive = await firstSearchBytes(browser, server.url, site, searchTerm, {
        withArchive: true,
      });
      const map = largestMap(site);
      if (map) {
        const times = await timeToMap(browser, `${server.url}/${map.path}`, `[id="${map.id}"] svg`);
        size.map = { path: map.path, nodes: map.nodes, drawnRunsMs: times, drawnMedianMs: median(times) };
      } else {
        size.notes.push('no generated map found in the built pages');
      }
    } finally {
      await server.close();
    }
  } finally {
    await browser.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
