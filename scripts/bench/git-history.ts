import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Gives a generated organisation a git history, as a company's content repository has: the
 * files committed, then `commits` more commits, each cutting (odd weeks) or raising (even weeks)
 * the first target of `share` of the objective files towards or away from its baseline, never
 * across it, spread over the weeks before `today`. The build then reads
 * that history for every objective page and the what-changed pages, as it would in production.
 * Returns the number of objective versions git holds.
 */
export function writeGitHistory(content: string, today: string, commits = 8, share = 0.05): number {
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], {
      cwd: content,
      stdio: 'ignore',
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    });
  const files = readdirSync(join(content, 'okrs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(content, 'okrs', name));
  const day = (offset: number) => new Date(Date.parse(today) - (commits + 1 - offset) * 7 * 86_400_000).toISOString();
  rmSync(join(content, '.git'), { recursive: true, force: true });
  git(['init', '-q', '-b', 'main']);
  git(['add', '-A']);
  git(['commit', '-qm', 'Content'], day(0));
  let versions = files.length;
  const perCommit = Math.max(1, Math.round(files.length * share));
  for (let c = 1; c <= commits; c++) {
    // A different slice of the files each time, so some objectives change several times.
    for (let i = 0; i < perCommit; i++) {
      const file = files[(c * 7919 + i * 104_729) % files.length]!;
      const text = readFileSync(file, 'utf8');
      const changed = cutTarget(text, c % 2 === 1 ? 0.8 : 1.25);
      if (changed !== text) {
        writeFileSync(file, changed);
        versions++;
      }
    }
    git(['add', '-A']);
    git(['commit', '-qm', `Week ${c} targets`], day(c));
  }
  return versions;
}

/** Moves the first key result's target towards its baseline by `factor` (or away, above 1); the text unchanged when it has none. */
function cutTarget(text: string, factor: number): string {
  const lines = text.split('\n');
  let baseline: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const field = /^\s+(baseline|target): (-?\d+(?:\.\d+)?)$/.exec(line);
    if (!field) continue;
    if (field[1] === 'baseline') {
      baseline = Number(field[2]);
      continue;
    }
    if (baseline === undefined) return text;
    const target = Number(field[2]);
    const next = baseline + (target - baseline) * factor;
    const written = Number.isInteger(target) ? Math.round(next) : Number(next.toFixed(1));
    if (written === baseline || written === target) return text;
    lines[i] = line.replace(field[2]!, String(written));
    return lines.join('\n');
  }
  return text;
}
