#!/usr/bin/env node
// `npm run build`: build the site beside the output folder, then swap it in, so a failed
// build never leaves a half-written or empty site where the last good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withoutPageLines } from '../tools/build/quiet-log.ts';

const usage = `Usage: npm run build -- [--out DIR] [astro build options]

Builds the site into a folder beside DIR and moves it into DIR only when the build
succeeds; a failed build leaves DIR as it was.

Options:
  --out DIR   output folder (default: dist)
  -h, --help  show this help
Any other option (--base, --site, --verbose, …) is passed on to \`astro build\`.`;

/**
 * Runs `build` into `.<out>.next/` beside `out` and swaps the result in only when `build`
 * returns 0 and wrote something; otherwise `out` is left exactly as it was. Returns the exit
 * code, 0 on success.
 */
export function buildAside(
  out: string,
  build: (dir: string) => number,
  log: (line: string) => void = () => {},
): number {
  // Siblings of the output folder, so the renames stay on one file system.
  const next = join(dirname(out), `.${basename(out)}.next`);
  const previous = join(dirname(out), `.${basename(out)}.previous`);
  rmSync(next, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });

  let status: number;
  try {
    status = build(next);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  const wrote = existsSync(next) && readdirSync(next).length > 0;
  if (status !== 0 || !wrote) {
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(out)
      ? `${relativeToCwd(out)} is unchanged`
      : `nothing was written to ${relativeToCwd(out)}`;
    log(`\nBuild failed${status === 0 ? ' (it wrote no files)' : ''}; ${kept}.\n`);
    return status || 1;
  }
  const hadOutput = existsSync(out);
  if (hadOutput) renameSync(out, previous);
  try {
    renameSync(next, out);
  } catch (error) {
    // Put the last good site back before reporting why the new one could not go in.
    if (hadOutput) renameSync(previous, out);
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  return 0;
}

function main(argv: string[]): number {
  const { values, tokens } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string', default: 'dist' },
      outDir: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const out = resolve(String(values.outDir ?? values.out));
  const passOn = tokens.flatMap((token) => {
    if (token.kind === 'positional') return [token.value];
    if (token.kind !== 'option' || ['out', 'outDir', 'help'].includes(token.name)) return [];
    return token.value === undefined ? [token.rawName] : [token.rawName, token.value];
  });
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  return buildAside(
    out,
    (next) => {
      // In CI Astro's line per page is left out of its log (errors go to stderr, untouched).
      const quiet = Boolean(process.env.CI);
      // V8's helper threads (the collector's parallel and concurrent work, background compiling)
      // number four whatever the machine. On a two-core machine four of them and the build's own
      // thread take turns on two cores: with two helpers they did 1–2 s less work at 10,000
      // objectives and the build ended 0.5–1 s sooner in most alternating runs.
      const helpers = `--v8-pool-size=${Math.min(4, availableParallelism())}`;
      // A larger young generation: rendering thousands of pages makes many short-lived strings,
      // and with Node's default the collector runs about a third more (1–1.5 s at 10,000 objectives).
      // At that size from the start: V8 would start it small and resize it as the allocation rate
      // rises and falls (292 young collections instead of 330 at 10,000 objectives).
      const youngGeneration = ['--max-semi-space-size=64', '--min-semi-space-size=64'];
      // Each page Astro writes is a buffer outside V8's heap, and V8 ran a full collection every
      // time such memory grew by a set amount since the last one: ten of the fourteen at 10,000
      // objectives, each marking the whole heap again (4–5 s of the helpers' work in all). Counted
      // in the heap's overall limit instead, six full collections are left, for a peak about
      // 0.5 GB higher. Only where V8 has the flag: Node stops at a flag its V8 does not know.
      const external = v8Knows('--external-memory-accounted-in-global-limit')
        ? ['--external-memory-accounted-in-global-limit']
        : [];
      const result = spawnSync(
        process.execPath,
        [...youngGeneration, helpers, ...external, astro, 'build', '--outDir', next, ...passOn],
        {
          stdio: quiet ? ['inherit', 'pipe', 'inherit'] : 'inherit',
          maxBuffer: 1024 * 1024 * 1024,
          // Telemetry is a request to another host at build time; the build makes none.
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        },
      );
      if (quiet && result.stdout) {
        const { text, left } = withoutPageLines(result.stdout.toString('utf8'));
        process.stdout.write(left ? `${text}\n(${left} lines naming each page written left out in CI)\n` : text);
      }
      return result.status ?? 1;
    },
    (line) => process.stderr.write(line),
  );
}

/** Whether this Node's V8 has `flag` (`node --v8-options` lists it); Node refuses to start with one it lacks. */
export function v8Knows(flag: string): boolean {
  const options = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout ?? '';
  return options.split('\n').some((line) => line.trimStart().startsWith(`${flag} `));
}

function relativeToCwd(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(`${cwd}/`) ? path.slice(cwd.length + 1) : path;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
