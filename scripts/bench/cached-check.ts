// The fast-feedback figures of `npm run bench`: `check` with a warm cache and `check --changed`
// with one file edited since a commit, run alternately with the cold `check` (--no-cache).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultCacheDir } from '../../src/model/cache/incremental.ts';
import { cachePaths } from '../../src/model/cache/store.ts';
import { measure, median } from './measure.ts';

export interface CachedCheckFigures {
  /** `check --no-cache`: every file read, nothing written. */
  coldRunsMs: number[];
  /** `check` with no cache yet: every file read, the cache written. */
  coldWritingRunsMs: number[];
  /** `check` with the cache warm and nothing changed. */
  warmRunsMs: number[];
  /** `check --changed HEAD` with one objective file edited since the commit (so one file is parsed again). */
  changedRunsMs: number[];
  /** `check --changed HEAD` with the edited file's title changed, so the checks across documents run again on what it reaches. */
  changedCrossRunsMs: number[];
  /** The same with a company objective's title changed: it reaches every objective aligned below it. */
  changedCompanyRunsMs: number[];
  coldMedianMs: number;
  coldWritingMedianMs: number;
  warmMedianMs: number;
  changedMedianMs: number;
  changedCrossMedianMs: number;
  changedCompanyMedianMs: number;
}

/**
 * Runs the five kinds of `check` in turn, `runs` times, on a git repository made of the
 * content folder, so a busy spell of the machine weighs on each alike. Each round starts from
 * the committed file; its first `--changed` run finds prose added to it, its second a title changed.
 */
export async function timeCachedCheck(
  root: string,
  content: string,
  today: string,
  runs: number,
): Promise<CachedCheckFigures> {
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: content,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  rmSync(join(content, '.git'), { recursive: true, force: true });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Generated organisation');
  const edited = join(
    content,
    git('ls-files', 'okrs')
      .split('\n')
      .find((f) => f.endsWith('.md'))!,
  );
  const original = readFileSync(edited, 'utf8');
  // The root team's first objective of the latest cycle: everything in that cycle aligns below it.
  const rootTeam = git('ls-files', 'teams')
    .split('\n')
    .find((f) => f.endsWith('.md') && !/^parent:/m.test(readFileSync(join(content, f), 'utf8')))!
    .replace(/^teams\/|\.md$/g, '');
  const companyObjectives = git('ls-files', 'okrs')
    .split('\n')
    .filter((f) => f.split('/')[2] === rootTeam)
    .sort();
  const company = join(content, companyObjectives.at(-1)!);
  const companyOriginal = readFileSync(company, 'utf8');
  const cache = cachePaths(resolve(root, defaultCacheDir), resolve(content));
  const check = async (...args: string[]) => {
    const run = await measure(
      process.execPath,
      [join(root, 'scripts/check.ts'), '--content', content, '--today', today, ...args],
      { cwd: root },
    );
    if (!run.ok) throw new Error(`check ${args.join(' ')} failed (exit ${run.exitCode}):\n${run.tail}`);
    return run.wallMs;
  };
  const figures: CachedCheckFigures = {
    coldRunsMs: [],
    coldWritingRunsMs: [],
    warmRunsMs: [],
    changedRunsMs: [],
    changedCrossRunsMs: [],
    changedCompanyRunsMs: [],
    coldMedianMs: 0,
    coldWritingMedianMs: 0,
    warmMedianMs: 0,
    changedMedianMs: 0,
    changedCrossMedianMs: 0,
    changedCompanyMedianMs: 0,
  };
  try {
    for (let i = 0; i < runs; i++) {
      writeFileSync(edited, original);
      figures.coldRunsMs.push(await check('--no-cache'));
      rmSync(cache.index, { force: true });
      figures.coldWritingRunsMs.push(await check());
      // Written over two seconds ago, the files are known by size and time alone, as after any real edit.
      await new Promise((done) => setTimeout(done, 2100));
      figures.warmRunsMs.push(await check());
      // Prose added: what the checks across documents read is the same.
      const prose = `${original}\nEdited for the benchmark (${i + 1}).\n`;
      writeFileSync(edited, prose);
      figures.changedRunsMs.push(await check('--changed', 'HEAD'));
      // A title changed: they run again.
      writeFileSync(edited, prose.replace(/^title: (.*)$/m, `title: $1 (${i + 1})`));
      figures.changedCrossRunsMs.push(await check('--changed', 'HEAD'));
      writeFileSync(company, companyOriginal.replace(/^title: (.*)$/m, `title: $1 (${i + 1})`));
      figures.changedCompanyRunsMs.push(await check('--changed', 'HEAD'));
      writeFileSync(company, companyOriginal);
    }
  } finally {
    writeFileSync(edited, original);
    writeFileSync(company, companyOriginal);
    rmSync(join(content, '.git'), { recursive: true, force: true });
  }
  figures.coldMedianMs = median(figures.coldRunsMs);
  figures.coldWritingMedianMs = median(figures.coldWritingRunsMs);
  figures.warmMedianMs = median(figures.warmRunsMs);
  figures.changedMedianMs = median(figures.changedRunsMs);
  figures.changedCrossMedianMs = median(figures.changedCrossRunsMs);
  figures.changedCompanyMedianMs = median(figures.changedCompanyRunsMs);
  return figures;
}
