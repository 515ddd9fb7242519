import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/model/rules/registry.ts';
import { checkCase, fixturesDir, fixtureToday, materialise, root } from '../support/content-fixtures.ts';

const node = join(root, 'node_modules/.bin/node');
const script = join(root, 'scripts/check.ts');
const summary = /^(\d+) errors?, (\d+) warnings? in (\d+) files? \(\d+\.\d\d s\)$/;

/** Runs `npm run check`'s script from inside a fixture folder, the way a user would from their project root. */
function run(
  fixture: string,
  args: string[] = ['--today', fixtureToday],
  env: Record<string, string> = {},
  prepare?: (cwd: string) => void,
) {
  const cwd = materialise(fixture);
  prepare?.(cwd);
  // GITHUB_BASE_REF would make every run compare throughline.yaml with a branch (cli-base.test.ts covers that).
  const { THROUGHLINE_TODAY: _today, FORCE_COLOR: _force, GITHUB_BASE_REF: _base, ...inherited } = process.env;
  const result = spawnSync(node, [script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', ...env },
    timeout: 30_000,
  });
  const stdout = result.stdout.split('\n').filter(Boolean);
  return { code: result.status, stdout, stderr: result.stderr, raw: result.stdout, cwd };
}

describe('npm run check', () => {
  it('exits 0 on clean content and prints only the summary', () => {
    const { code, stdout } = run('valid');
    expect(code).toBe(0);
    expect(stdout).toHaveLength(1);
    expect(stdout[0]).toMatch(summary);
    expect(summary.exec(stdout[0]!)!.slice(1, 4)).toEqual(['0', '0', '10']);
  });

  it('exits 1 on errors, printing every diagnostic with its hint, then the counts', () => {
    const { code, stdout } = run('ref-unknown');
    expect(code).toBe(1);
    const expected = readFileSync(join(fixturesDir, 'ref-unknown', 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    expect(stdout.filter((line) => !line.startsWith('    hint: ')).slice(0, -1)).toEqual(expected);
    expect(stdout.filter((line) => line.startsWith('    hint: '))).toHaveLength(expected.length);
    expect(summary.exec(stdout.at(-1)!)!.slice(1, 3)).toEqual([String(expected.length), '0']);
  });

  it('exits 0 on warnings alone, and 1 with --strict', () => {
    expect(run('decision-stale-proposal').code).toBe(0);
    const strict = run('decision-stale-proposal', ['--strict', '--today', fixtureToday]);
    expect(strict.code).toBe(1);
    expect(summary.exec(strict.stdout.at(-1)!)!.slice(1, 3)).toEqual(['0', '1']);
  });

  it('prints JSON alone on stdout with --format json, the summary on stderr', () => {
    const { code, raw, stderr } = run('ref-unknown', ['--format', 'json', '--today', fixtureToday]);
    expect(code).toBe(1);
    const parsed = JSON.parse(raw) as unknown;
    // The documented fields: `mentions` serves the site's health page and is not printed.
    expect(parsed).toEqual(checkCase('ref-unknown').result.diagnostics.map(({ mentions: _, ...shown }) => shown));
    expect(stderr.trim()).toMatch(summary);
    const clean = run('valid', ['--format', 'json', '--today', fixtureToday]);
    expect(JSON.parse(clean.raw)).toEqual([]);
  });

  it('prints workflow commands with --format github', () => {
    const { code, stdout } = run('ref-unknown', ['--format=github', '--today', fixtureToday]);
    expect(code).toBe(1);
    expect(stdout.slice(0, -1).every((line) => line.startsWith('::error file=content/'))).toBe(true);
    expect(stdout[0]).toBe(
      '::error file=content/decisions/2026-10-pause-self-serve.md,line=6,col=26,title=ref/unknown::Unknown decider "jon-parks"; did you mean "jon-park"?%0APoint at the id of an existing person.',
    );
  });

  it('writes every problem to the job summary when GitHub gives one, beside the annotations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-summary-'));
    const file = join(dir, 'summary.md');
    const { code } = run('ref-unknown', ['--format=github', '--today', fixtureToday], { GITHUB_STEP_SUMMARY: file });
    expect(code).toBe(1);
    const expected = readFileSync(join(fixturesDir, 'ref-unknown', 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const rows = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| content/'));
    expect(rows).toHaveLength(expected.length);
    // Without the variable (outside GitHub) nothing is written anywhere else.
    expect(run('ref-unknown', ['--format=github', '--today', fixtureToday]).code).toBe(1);
  });

  it('prints a Code Quality report alone on stdout with --format gitlab, the summary on stderr', () => {
    const { code, raw, stderr } = run('ref-unknown', ['--format', 'gitlab', '--today', fixtureToday]);
    expect(code).toBe(1);
    const issues = JSON.parse(raw) as { check_name: string; location: { path: string } }[];
    expect(issues.length).toBe(checkCase('ref-unknown').result.diagnostics.length);
    expect(
      issues.every((issue) => issue.check_name === 'ref/unknown' && issue.location.path.startsWith('content/')),
    ).toBe(true);
    expect(stderr.trim()).toMatch(summary);
    expect(JSON.parse(run('valid', ['--format', 'gitlab', '--today', fixtureToday]).raw)).toEqual([]);
  });

  it('exits 2 on an unknown format, naming the formats', () => {
    const { code, stderr, stdout } = run('valid', ['--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toBe('Unknown format "xml"; use one of: human, json, github, gitlab\n');
    expect(stdout).toEqual([]);
  });

  it('exits 2 when the content folder is missing, and says which', () => {
    const { code, stdout } = run('valid', ['--content', 'no-such-folder', '--today', fixtureToday]);
    expect(code).toBe(2);
    expect(stdout[0]).toBe('no-such-folder:1:1 error config/no-content Content folder "no-such-folder" does not exist');
    expect(stdout.at(-1)).toMatch(summary);
  });

  it('exits 2 on a folder that is not a content folder (a build output), and keeps an empty one as it is', () => {
    const { code, stdout } = run('valid', ['--content', 'dist', '--today', fixtureToday], {}, (cwd) => {
      mkdirSync(join(cwd, 'dist/assets'), { recursive: true });
      writeFileSync(join(cwd, 'dist/index.html'), '<!doctype html>');
    });
    expect(code).toBe(2);
    expect(stdout[0]).toBe(
      'dist:1:1 error config/no-content "dist" is not a Throughline content folder: no throughline.yaml and none of strategy/, teams/, people/, briefs/, okrs/, decisions/',
    );
    expect(stdout[1]).toContain('hint: Pass the folder that holds throughline.yaml');
    const empty = run('valid', ['--content', 'empty', '--today', fixtureToday], {}, (cwd) =>
      mkdirSync(join(cwd, 'empty')),
    );
    expect(empty.code).toBe(0);
    expect(empty.stdout).toEqual([expect.stringMatching(/^0 errors, 0 warnings in 0 files/)]);
  });

  it('exits 2 on a configuration it cannot use', () => {
    const { code, stdout } = run('config-unknown-rule');
    expect(code).toBe(2);
    expect(stdout[0]).toBe(
      'content/throughline.yaml:4:3 error config/unknown-rule Unknown rule "kr/activty"; did you mean "kr/activity"?',
    );
  });

  it('exits 2 on a bad --today and on unknown options', () => {
    const today = run('valid', ['--today', '02/11/2026']);
    expect(today.code).toBe(2);
    expect(today.stderr).toBe('--today takes a date as YYYY-MM-DD, not "02/11/2026"\n');
    expect(run('valid', ['--today', '2026-02-30']).code).toBe(2);
    const env = run('valid', [], { THROUGHLINE_TODAY: '2026-13-01' });
    expect(env.code).toBe(2);
    expect(env.stderr).toBe('THROUGHLINE_TODAY takes a date as YYYY-MM-DD, not "2026-13-01"\n');
    const unknown = run('valid', ['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'");
    expect(unknown.stderr).toContain('Usage: npm run check');
  });

  it('takes today from THROUGHLINE_TODAY when --today is not given', () => {
    // On 2026-10-01 the proposal is 30 days old (and the base's October check-ins still lie ahead).
    const early = run('decision-stale-proposal', [], { THROUGHLINE_TODAY: '2026-10-01' }).stdout;
    expect(early.filter((line) => line.includes('decision/stale-proposal'))).toEqual([]);
    expect(early.at(-1)).toMatch(/^0 errors, 2 warnings/);
    expect(run('decision-stale-proposal', [], { THROUGHLINE_TODAY: '2026-11-02' }).stdout.at(-1)).toMatch(
      /^0 errors, 1 warning /,
    );
  });

  it('lists every rule with its default severity, and prints help', () => {
    const { code, stdout } = run('valid', ['--list-rules']);
    expect(code).toBe(0);
    expect(stdout.map((line) => line.split(/\s+/).slice(0, 2))).toEqual(
      Object.entries(rules).map(([id, info]) => [id, info.severity]),
    );
    const help = run('valid', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout[0]).toBe('Usage: npm run check -- [options]');
  });

  it('prints no colour codes when NO_COLOR is set or the output is not a terminal', () => {
    expect(run('ref-unknown').raw).not.toMatch(/\u001b\[/);
  });
});
