import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWithCache } from '../../src/model/cache/incremental.ts';
import { warmHit } from '../../src/model/cache/warm.ts';
import { checkContent, type CheckOptions } from '../../src/model/check.ts';
import {
  fixtureOptions,
  fixtureToday,
  fixturesDir,
  listCases,
  materialise,
  root,
} from '../support/content-fixtures.ts';

/** A case as check sees it: the options of a cold run, and where its cache goes. */
function prepare(name: string): { options: CheckOptions; content: string; cacheDir: string } {
  const dir = materialise(name);
  const fixture = fixtureOptions(name);
  const base = fixture.baseConfig
    ? { ref: 'origin/main', text: readFileSync(join(fixturesDir, name, fixture.baseConfig), 'utf8') }
    : undefined;
  return {
    options: { contentDir: 'content', cwd: dir, today: fixture.today ?? fixtureToday, base },
    content: join(dir, 'content'),
    cacheDir: join(dir, 'cache'),
  };
}

/** The file a case is about: its own first document, else the first document of the base. */
function caseFile(name: string, content: string): string | undefined {
  const own = join(fixturesDir, name, 'content');
  const list = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? list(join(dir, e.name)).map((p) => `${e.name}/${p}`) : [e.name]))
      .filter((p) => /\.mdx?$/.test(p))
      .sort();
  if (!statSync(content, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const candidates = [...(statSync(own, { throwIfNoEntry: false }) ? list(own) : []), ...list(content)];
  return candidates.find((path) => statSync(join(content, path), { throwIfNoEntry: false })?.isFile());
}

const cold = (options: CheckOptions) => checkContent(options).diagnostics;

describe('check cache: a warm run finds exactly what a cold run finds', () => {
  it.each(listCases())('%s', (name) => {
    const { options, content, cacheDir } = prepare(name);
    const expected = cold(options);
    const first = checkWithCache({ ...options, cacheDir });
    expect(first.diagnostics).toEqual(expected);
    const second = checkWithCache({ ...options, cacheDir });
    expect(second.diagnostics).toEqual(expected);
    if (!first.fatal) expect(second.hit).toBe(true);
    // The command line's first try, which loads no parser: the same answer, or none (it is not tried with --base).
    const configPath = join(content, 'throughline.yaml');
    const config = statSync(configPath, { throwIfNoEntry: false })?.isFile() ? readFileSync(configPath, 'utf8') : '';
    const warm = warmHit({ ...options, cacheDir });
    const answers = !options.base && !first.fatal && !/cacheDir|\\/.test(config);
    if (answers) expect(warm).toMatchObject({ hit: true, diagnostics: expected });
    else if (!options.base) expect(warm.hit).toBe(false);

    // One file edited, then removed: only it is read again, and the findings still match a cold run.
    const file = caseFile(name, content);
    if (!file) return;
    const path = join(content, file);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nEdited once more.\n`);
    const edited = checkWithCache({ ...options, cacheDir });
    expect(edited.diagnostics).toEqual(cold(options));
    // A file in no kind's folder is reported without being read.
    if (!edited.fatal) expect(edited.parsed).toBeLessThanOrEqual(1);
    rmSync(path);
    expect(checkWithCache({ ...options, cacheDir }).diagnostics).toEqual(cold(options));
  });
});

describe('check cache: invalidation', () => {
  const setUp = () => {
    const { options, content, cacheDir } = prepare('ref-unknown');
    const run = () => checkWithCache({ ...options, cacheDir });
    const expected = cold(options);
    run();
    const files = readdirSync(cacheDir).map((f) => join(cacheDir, f));
    const index = files.find((f) => !f.includes('.records-'))!;
    // The shard holding the records of teams/sales.md.
    const records = files.find((f) => f.includes('.records-') && readFileSync(f, 'utf8').includes('"teams/sales.md"'))!;
    return { options, content, run, expected, index, records };
  };

  it('hits when nothing changed and misses only the file whose content changed', () => {
    const { content, run, expected } = setUp();
    expect(run()).toMatchObject({ hit: true, parsed: 0, diagnostics: expected });
    // A new modification time with the same bytes is a hit once the hash is compared.
    const path = join(content, 'teams/sales.md');
    writeFileSync(path, readFileSync(path));
    expect(run()).toMatchObject({ hit: true, parsed: 0 });
    writeFileSync(path, `${readFileSync(path, 'utf8').replace('---\n', '---\nunknownField: 1\n')}`);
    const missed = run();
    expect(missed).toMatchObject({ hit: false, parsed: 1 });
    expect(missed.diagnostics.some((d) => d.file.endsWith('teams/sales.md'))).toBe(true);
  });

  it('reuses the findings across documents when a change leaves what they read alone, placed where the lines moved', () => {
    const { options, content, run } = setUp();
    // A comment above the fields moves every reference in the file down a line; the data is the same.
    const path = join(content, 'decisions/2026-10-pause-self-serve.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('---\n', '---\n# reviewed in the staff meeting\n'));
    const moved = run();
    expect(moved).toMatchObject({ hit: false, parsed: 1, crossRan: false });
    expect(moved.diagnostics).toEqual(cold(options));
    expect(moved.diagnostics.find((d) => d.rule === 'ref/unknown')).toMatchObject({ line: 7 });
    // A reference mended is a change the checks across documents see: they run again.
    writeFileSync(path, readFileSync(path, 'utf8').replace('jon-parks', 'jon-park'));
    const mended = run();
    expect(mended).toMatchObject({ hit: false, parsed: 1, crossRan: true });
    expect(mended.diagnostics).toEqual(cold(options));
    expect(run()).toMatchObject({ hit: true, diagnostics: cold(options) });
  });

  it('finds a body link broken by the edit or by a change elsewhere, whichever path the run takes', () => {
    const { options, content, cacheDir } = prepare('valid');
    const run = () => checkWithCache({ ...options, cacheDir });
    run();
    const linking = join(content, 'okrs/2026-Q4/sales/enterprise-pipeline.md');
    const target = join(content, 'okrs/2026-Q4/company/grow-arr.md');
    const edit = (path: string, from: string | RegExp, to: string) =>
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    const broken = (result: ReturnType<typeof run>) => result.diagnostics.filter((d) => d.rule === 'link/broken');
    // Prose added around links that resolve: nothing across documents to run again.
    edit(linking, /\n*$/, '\n\nReviewed with finance.\n');
    expect(run()).toMatchObject({ crossRan: false, diagnostics: cold(options) });
    // A link mistyped in the edit.
    edit(linking, '](id:company-q4-grow-arr/net-new-arr)', '](id:company-q4-grow-arr/net-new-ar)');
    const mistyped = run();
    expect(mistyped.diagnostics).toEqual(cold(options));
    expect(broken(mistyped)).toHaveLength(1);
    edit(linking, '](id:company-q4-grow-arr/net-new-ar)', '](id:company-q4-grow-arr/net-new-arr)');
    expect(broken(run())).toHaveLength(0);
    // The target renamed elsewhere; then a paragraph added above the link now broken, moving it.
    edit(target, 'id: company-q4-grow-arr', 'id: company-q4-grow-revenue');
    expect(broken(run())).toHaveLength(1);
    edit(linking, '\n---\n', '\n---\n\nAnd with sales.\n');
    const later = run();
    expect(later.diagnostics).toEqual(cold(options));
    expect(broken(later)).toHaveLength(1);
  });

  it.each([
    ['truncated index', 'index', (text: string) => text.slice(0, text.length / 2), 'truncated or corrupt'],
    ['truncated records', 'records', (text: string) => text.slice(0, text.length / 2), 'truncated or corrupt'],
    [
      'records of another write',
      'records',
      (text: string) => text.replace(/"writeId":"[^"]+"/, '"writeId":"x"'),
      'does not belong',
    ],
    [
      'another rule set',
      'index',
      (text: string) => text.replace(/"rules":"/, '"rules":"x/y:error,'),
      'another rule set',
    ],
    [
      'another version',
      'index',
      (text: string) => text.replace(/"version":"[^"]+"/, '"version":"0.0.0"'),
      'another version',
    ],
    ['another format', 'index', (text: string) => text.replace(/"format":\d+/, '"format":0'), 'another format'],
    ['not an object', 'index', () => '[1,2,3]', 'another format'],
  ] as const)('discards a cache with %s, with a note, and reads every file', (_what, which, corrupt, note) => {
    const { options, content, run, expected, index, records } = setUp();
    const target = which === 'index' ? index : records;
    writeFileSync(target, corrupt(readFileSync(target, 'utf8')));
    // A change the checks across documents see makes the run read every shard.
    const sales = join(content, 'teams/sales.md');
    if (which === 'records')
      writeFileSync(sales, readFileSync(sales, 'utf8').replace('---\n', '---\nunknownField: 1\n'));
    const result = run();
    expect(result.notes.join('\n')).toContain(note);
    expect(result.diagnostics).toEqual(which === 'records' ? cold(options) : expected);
    expect(result.hit).toBe(false);
    // The files of a lost shard are read again, and the next run trusts the shard written then.
    expect(run()).toMatchObject({ hit: true, notes: [] });
  });

  it('is made again when throughline.yaml or the date changes', () => {
    const { options, content, run } = setUp();
    writeFileSync(
      join(content, 'throughline.yaml'),
      `${readFileSync(join(content, 'throughline.yaml'), 'utf8')}\n# edited\n`,
    );
    const edited = run();
    expect(edited).toMatchObject({ hit: false, notes: [] });
    expect(edited.parsed).toBeGreaterThan(1);
    expect(edited.diagnostics).toEqual(cold(options));
    const later = checkWithCache({ ...options, today: '2027-03-01', cacheDir: join(options.cwd!, 'cache') });
    expect(later).toMatchObject({ hit: false, notes: [] });
    expect(later.diagnostics).toEqual(cold({ ...options, today: '2027-03-01' }));
  });
});

describe('check --changed', () => {
  const node = join(root, 'node_modules/.bin/node');
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  const check = (cwd: string, ...args: string[]) =>
    spawnSync(node, [join(root, 'scripts/check.ts'), '--today', fixtureToday, ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_BASE_REF: '', NO_COLOR: '1' },
      timeout: 30_000,
    });

  it('reports the changed files and what they cause elsewhere, not older problems', () => {
    const dir = materialise('valid');
    const content = join(dir, 'content');
    const edit = (file: string, from: string, to: string) =>
      writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8').replace(from, to));
    // A problem already at the base, in a file the change leaves alone.
    edit('decisions/2026-10-focus-enterprise.md', 'title: ', 'title: TBD ');
    git(content, 'init', '-q', '-b', 'main');
    git(content, 'add', '.');
    git(content, 'commit', '-q', '-m', 'Content as reviewed');
    expect(check(dir).stdout).toContain('content/placeholder');

    // The change renames the company objective: the sales objective, unchanged, still aligns to the old id.
    edit('okrs/2026-Q4/company/grow-arr.md', 'id: company-q4-grow-arr', 'id: company-q4-grow-revenue');
    writeFileSync(join(content, 'people/new-person.md'), '---\nid: new-person\n---\n');
    const changed = check(dir, '--changed', 'HEAD');
    const files = new Set(changed.stdout.split('\n').flatMap((line) => line.match(/^(content\/\S+?):\d+/)?.[1] ?? []));
    expect(files).toEqual(
      new Set(['content/okrs/2026-Q4/sales/enterprise-pipeline.md', 'content/people/new-person.md']),
    );
    expect(changed.status).toBe(1);
    const unknown = check(dir, '--changed', 'no-such-ref');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--changed');
  });
});
