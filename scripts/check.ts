#!/usr/bin/env node
// `npm run check`: validate a content folder and report every problem at once.
import { enableCompileCache } from 'node:module';
import { availableParallelism } from 'node:os';
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { KindFolder } from '../src/model/changed-files.ts';
import type { Format } from '../src/model/format.ts';

// Compiled code is kept on disk between runs, which halves start-up; so the model is imported
// after this line, and only what a run needs: a run the cache answers loads no parser, schema or rule.
enableCompileCache?.();
const [
  { countBySeverity },
  { escapeControls, formatDiagnostics, formatMarkdown, formats, formatSummary },
  { isIsoDate },
] = await Promise.all([
  import('../src/model/diagnostics.ts'),
  import('../src/model/format.ts'),
  import('../src/schemas/iso-date.ts'),
]);

const usage = `Usage: npm run check -- [options]

Checks every document of a content folder and prints the problems found.

Options:
  --content DIR     content folder to check (default: content)
  --format FORMAT   human (default), json, github (annotations; with GITHUB_STEP_SUMMARY set,
                    the full list also goes to the job summary) or gitlab (a Code Quality
                    report for merge requests)
  --strict          exit 1 on warnings too
  --today DATE      treat DATE (YYYY-MM-DD) as today, for reproducible runs
  --base REF        compare throughline.yaml with its version at git REF and warn about
                    each security setting it loosens (config/security-change); in a pull
                    request on GitHub, origin/$GITHUB_BASE_REF is used when this is not given
  --changed REF     report only the problems in files changed since git REF (committed,
                    staged, unstaged or untracked) and those the change causes elsewhere
  --no-cache        read every file; neither use nor write the cache (by default files
                    unchanged since the last run are not parsed again; see docs/check.md)
  --list-rules      list every rule id with its default severity
  -h, --help        show this help

Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict), 2 could not run.`;

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        format: { type: 'string', default: 'human' },
        strict: { type: 'boolean', default: false },
        today: { type: 'string' },
        base: { type: 'string' },
        changed: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'list-rules': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (options['list-rules']) {
    const { rules } = await import('../src/model/rules/registry.ts');
    for (const [id, info] of Object.entries(rules))
      process.stdout.write(`${id.padEnd(32)} ${info.severity.padEnd(8)} ${info.summary}\n`);
    return 0;
  }
  if (!(formats as readonly string[]).includes(options.format)) {
    process.stderr.write(`Unknown format "${options.format}"; use one of: ${formats.join(', ')}\n`);
    return 2;
  }
  const today = options.today ?? (process.env.THROUGHLINE_TODAY || undefined);
  if (today !== undefined && !isIsoDate(today)) {
    process.stderr.write(
      `${options.today === undefined ? 'THROUGHLINE_TODAY' : '--today'} takes a date as YYYY-MM-DD, not "${today}"\n`,
    );
    return 2;
  }
  const format = options.format as Format;
  const color = format === 'human' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const baseRef = options.base ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
  const notes: string[] = [];
  let base;
  if (baseRef) {
    const { configAtRef } = await import('../src/model/config-changes.ts');
    const found = configAtRef(resolve(options.content), baseRef);
    // In a pull request, actions/checkout fetches one commit unless told otherwise.
    if ('note' in found)
      notes.push(
        options.base ? found.note : `${found.note} (fetch ${baseRef}, e.g. actions/checkout with fetch-depth: 0)`,
      );
    else base = found.base;
  }
  const { progressLine } = await import('../src/model/progress-line.ts');
  const progress = progressLine('Reading', 'files');
  const check = {
    contentDir: options.content,
    today,
    threads: availableParallelism(),
    base,
    onProgress: progress.update,
  };
  const contentDir = resolve(options.content);
  // git lists the changed files while the content is checked; the kinds (which folder holds
  // which id) are known once it is.
  let kindsKnown: (kinds: readonly KindFolder[]) => void = () => {};
  const kinds = new Promise<readonly KindFolder[]>((done) => (kindsKnown = done));
  const changing =
    options.changed === undefined
      ? undefined
      : import('../src/model/changed-files.ts').then(({ changedSince }) =>
          changedSince(contentDir, options.changed!, kinds),
        );
  const { warmHit } = await import('../src/model/cache/warm.ts');
  const tried = options['no-cache'] || base ? undefined : warmHit(check);
  const warm = tried?.hit ? tried : undefined;
  const result =
    warm ?? (await fullCheck({ ...check, ...(tried && !tried.hit ? { warm: tried } : {}) }, options['no-cache']));
  progress.end();
  notes.push(...result.notes);
  if (changing && !result.fatal) {
    kindsKnown(
      warm
        ? warm.kinds.map(([, folder, idField]) => ({ folder, idField }))
        : (await import('../src/model/kinds/index.ts')).builtInKinds,
    );
    const changed = await changing;
    if ('error' in changed) {
      process.stderr.write(`--changed: ${escapeControls(changed.error)}\n`);
      return 2;
    }
    const [{ concerningChange }, { displayPathsOf }] = await Promise.all([
      import('../src/model/changed-files.ts'),
      import('../src/model/content-files.ts'),
    ]);
    const crossRule = warm?.crossRule ?? (await ruleScopes());
    result.diagnostics = concerningChange(result, changed, displayPathsOf(contentDir, process.cwd()), crossRule);
  }
  // Notes go to stderr in every format: stdout stays the diagnostics alone.
  for (const note of notes) process.stderr.write(`note: ${escapeControls(note)}\n`);
  const output = formatDiagnostics(result.diagnostics, format, color);
  // A report that is data goes to stdout whole, even when empty, so it can be saved as an artifact.
  const isData = format === 'json' || format === 'gitlab';
  if (isData) process.stdout.write(`${output}\n`);
  else if (output) process.stdout.write(`${output}\n`);
  // GitHub shows ten annotations per severity; the job summary keeps the whole list.
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatMarkdown(result.diagnostics));
  const summary = formatSummary(
    result.diagnostics,
    result.graph?.sources.size ?? result.files ?? 0,
    performance.now() - started,
    color,
  );
  // Data goes to stdout alone so it can be piped; the summary then goes to stderr.
  (isData ? process.stderr : process.stdout).write(`${summary}\n`);
  if (result.fatal) return 2;
  const { errors, warnings } = countBySeverity(result.diagnostics);
  return errors > 0 || (options.strict && warnings > 0) ? 1 : 0;
}

/** A check that reads files: with the cache, only those that changed; without, every one. */
async function fullCheck(
  check: Parameters<typeof import('../src/model/cache/incremental.ts').checkWithCache>[0],
  noCache: boolean,
): Promise<
  import('../src/model/cache/incremental.ts').CachedCheckResult | import('../src/model/check.ts').CheckResult
> {
  if (noCache) return (await import('../src/model/check.ts')).checkContent(check);
  return (await import('../src/model/cache/incremental.ts')).checkWithCache(check);
}

async function ruleScopes(): Promise<(rule: string) => boolean> {
  const { rules } = await import('../src/model/rules/registry.ts');
  return (rule) => rules[rule as keyof typeof rules].scope !== 'document';
}

process.exitCode = await main(process.argv.slice(2));
