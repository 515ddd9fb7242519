import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureToday, materialise, root } from '../support/content-fixtures.ts';

const node = join(root, 'node_modules/.bin/node');
const script = join(root, 'scripts/check.ts');
const git = (cwd: string, ...args: string[]) => {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
};

/** The valid fixture as a git repository with one commit on `main`, its own, not the project's. */
function repository(name: string): string {
  const dir = materialise('valid');
  const repo = join(dirname(dir), `repo-${name}`);
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo);
  spawnSync('cp', ['-r', join(dir, 'content'), repo]);
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'Content as reviewed');
  return repo;
}

function check(cwd: string, args: string[], env: Record<string, string | undefined> = {}) {
  const { GITHUB_BASE_REF: _base, ...inherited } = process.env;
  const result = spawnSync(node, [script, '--today', fixtureToday, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const loosened = `organisation: Kestrel Logistics
mdx:
  - okrs/**
rules:
  mdx/not-allowed: off
  config/security-change: off
`;

describe('npm run check -- --base REF', () => {
  const outside = mkdtempSync(join(tmpdir(), 'throughline-no-repo-'));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('names every loosened security setting, graded by the configuration at REF', () => {
    const repo = repository('loosened');
    writeFileSync(join(repo, 'content/throughline.yaml'), loosened);
    const { code, stdout, stderr } = check(repo, ['--base', 'main']);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter((line) => line.includes(' config/security-change '))).toEqual([
      'content/throughline.yaml:3:5 warning config/security-change mdx now allows "okrs/**" (since main)',
      'content/throughline.yaml:5:20 warning config/security-change mdx/not-allowed lowered from error to off (since main)',
      'content/throughline.yaml:6:27 warning config/security-change config/security-change lowered from warning to off (since main)',
    ]);
    expect(stdout).toContain("have this change reviewed by the file's code owners");
    expect(code).toBe(0);
    expect(check(repo, ['--base', 'main', '--strict']).code).toBe(1);
  });

  it('says nothing when the configuration is unchanged or only tightened', () => {
    const repo = repository('tightened');
    expect(check(repo, ['--base', 'main']).stdout).not.toContain('config/security-change');
    writeFileSync(
      join(repo, 'content/throughline.yaml'),
      'organisation: Kestrel Logistics\nrules:\n  ref/unpublished: error\n',
    );
    const { stdout, stderr } = check(repo, ['--base', 'main']);
    expect(stdout).not.toContain('config/security-change');
    expect(stderr).toBe('');
  });

  it('compares a throughline.yaml the change adds with the defaults', () => {
    const repo = repository('added');
    git(repo, 'rm', '-q', 'content/throughline.yaml');
    git(repo, 'commit', '-q', '-m', 'No configuration');
    writeFileSync(join(repo, 'content/throughline.yaml'), loosened);
    expect(check(repo, ['--base', 'main']).stdout).toContain('mdx/not-allowed lowered from error to off (since main)');
  });

  it('takes REF from GITHUB_BASE_REF as origin/<branch>, and notes a ref it cannot read', () => {
    const repo = repository('github');
    writeFileSync(join(repo, 'content/throughline.yaml'), loosened);
    const missing = check(repo, [], { GITHUB_BASE_REF: 'main' });
    expect(missing.code).toBe(0);
    expect(missing.stdout).not.toContain('config/security-change');
    expect(missing.stderr).toMatch(/^note: throughline\.yaml was not compared with origin\/main: .*origin\/main/m);
    git(repo, 'update-ref', 'refs/remotes/origin/main', 'main');
    expect(check(repo, [], { GITHUB_BASE_REF: 'main' }).stdout).toContain('(since origin/main)');
  });

  it('notes, never crashes, outside a repository, without git, or on a ref that is not one', () => {
    const dir = materialise('valid');
    spawnSync('cp', ['-r', join(dir, 'content'), outside]);
    const noRepo = check(outside, ['--base', 'main']);
    expect(noRepo.code).toBe(0);
    expect(noRepo.stderr).toMatch(/^note: throughline\.yaml was not compared with main: not a git repository/);
    const noGit = check(dir, ['--base', 'main'], { PATH: join(outside, 'empty') });
    expect(noGit.code).toBe(0);
    expect(noGit.stderr).toBe('note: git is not installed; throughline.yaml was not compared with main\n');
    for (const ref of ['--output=/tmp/x', 'main:secret'])
      expect(check(dir, [`--base=${ref}`]).stderr).toBe(
        `note: "${ref}" is not a git ref; throughline.yaml was not compared\n`,
      );
  });

  it('keeps stdout to the diagnostics alone with --format json: the note goes to stderr', () => {
    const { stdout, stderr } = check(materialise('valid'), ['--base', 'no-such-ref', '--format', 'json']);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/^note: /);
  });
});
