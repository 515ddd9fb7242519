import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { runCommand } from '../../tools/authoring/commands/index.ts';
import { root } from '../support/content-fixtures.ts';

/** The sample's "today": 2026-Q4 is current, 2026-Q3 closed. */
const today = '2026-11-24';
const routing = 'content/okrs/2026-Q4/platform/routing-api.md';
let dir: string;
let out: string[];
let err: string[];

/** Runs a command in-process on the temporary copy, as a script without a terminal would. */
async function run(...argv: string[]): Promise<number> {
  out = [];
  err = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), interactive: false, cwd: dir };
  return runCommand(argv[0]!, [...argv.slice(1), '--today', today], io);
}

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const errors = () =>
  checkContent({ contentDir: 'content', cwd: dir, today }).diagnostics.filter((d) => d.severity === 'error');

/** The lines `after` adds to `before`, asserting nothing else changed. */
function added(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  expect(a.slice(start, a.length - end)).toEqual([]);
  return b.slice(start, b.length - end);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'throughline-authoring-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkin', () => {
  it('appends one check-in as added lines only, and the content still passes check', async () => {
    const before = read(routing);
    expect(
      await run('checkin', 'platform-q4-routing-api/p95', '540ms', '--confidence', 'high', '--note', 'Cache warm'),
    ).toBe(0);
    expect(added(before, read(routing))).toEqual([
      '      - date: 2026-11-24',
      '        value: 540',
      '        confidence: high',
      '        note: "Cache warm"',
    ]);
    expect(out).toEqual(['added     platform-q4-routing-api/p95: 540 ms on 2026-11-24', `changed ${routing}`]);
    expect(errors()).toEqual([]);
    // Run again: already there, nothing written.
    const once = read(routing);
    expect(
      await run('checkin', 'platform-q4-routing-api/p95', '540', '--confidence', 'high', '--note', 'Cache warm'),
    ).toBe(0);
    expect(read(routing)).toBe(once);
    expect(out.at(-1)).toBe('Nothing to change.');
  });

  it('refuses a value of the wrong kind, an unknown key result and a closed cycle without --force', async () => {
    const before = read(routing);
    expect(await run('checkin', 'platform-q4-routing-api/routing-cutover', 'most')).toBe(1);
    expect(err[0]).toMatch(/"most" is not a number/);
    expect(await run('checkin', 'platform-q4-routing-api/p59', '500')).toBe(1);
    expect(err[0]).toMatch(/did you mean "platform-q4-routing-api\/p95"/);
    expect(read(routing)).toBe(before);
    const q3 = 'content/okrs/2026-Q3/platform/api-reliability.md';
    const closed = read(q3);
    expect(await run('checkin', 'platform-q3-api-reliability/uptime', '99.95', '--date', '2026-09-30')).toBe(1);
    expect(err[0]).toMatch(/cycle 2026-Q3 closed on 2026-09-30; add --force/);
    expect(read(q3)).toBe(closed);
    expect(await run('checkin', 'platform-q3-api-reliability/uptime', '99.95', '--date', '2026-09-30', '--force')).toBe(
      0,
    );
    expect(added(closed, read(q3))).toEqual(['      - date: 2026-09-30', '        value: 99.95']);
    expect(errors()).toEqual([]);
  });

  it('applies a CSV batch row by row, and writes nothing when one row is refused', async () => {
    const metrics = join(dir, 'metrics.csv');
    const rows = [
      'ref,value,confidence,note,date',
      'platform-q4-routing-api/p95,530,high,,2026-11-23',
      'platform-q4-routing-api/routing-cutover,61%,,"Two more depots, on time",',
    ];
    writeFileSync(metrics, [...rows, 'platform-q4-routing-api/nope,1,,,'].join('\n'));
    const before = read(routing);
    expect(await run('checkin', '--from', metrics)).toBe(1);
    expect(out).toEqual([
      'added     platform-q4-routing-api/p95: 530 ms on 2026-11-23',
      'added     platform-q4-routing-api/routing-cutover: 61 % on 2026-11-24',
    ]);
    expect(err).toEqual([
      expect.stringMatching(/^refused   platform-q4-routing-api\/nope: no key result/),
      '1 of 3 refused; nothing was written.',
    ]);
    expect(read(routing)).toBe(before);

    writeFileSync(metrics, rows.join('\n'));
    expect(await run('checkin', '--from', metrics)).toBe(0);
    const p95 = '      - date: 2026-11-23\n        value: 530\n        confidence: high\n';
    const cutover = '      - date: 2026-11-24\n        value: 61\n        note: "Two more depots, on time"\n';
    expect(read(routing).replace(p95, '').replace(cutover, '')).toBe(before);
    expect(read(routing).split('\n').length - before.split('\n').length).toBe(6);
    expect(errors()).toEqual([]);
    const json = join(dir, 'metrics.json');
    writeFileSync(
      json,
      JSON.stringify([{ ref: 'platform-q4-routing-api/p95', value: 530, confidence: 'high', date: '2026-11-23' }]),
    );
    const once = read(routing);
    expect(await run('checkin', '--from', json)).toBe(0);
    expect(out[0]).toMatch(/^unchanged /);
    expect(read(routing)).toBe(once);
  });
});

describe('close-cycle', () => {
  it('writes one grade line per ungraded objective, keeps written grades, and is idempotent', async () => {
    const q3 = 'content/okrs/2026-Q3/platform/api-reliability.md';
    const graded = read(q3);
    expect(await run('close-cycle', '2026-Q3')).toBe(0);
    expect(read(q3)).toBe(graded);
    expect(out.at(-1)).toBe('wrote 0 grades in 2026-Q3.');

    const before = read(routing);
    out = [];
    expect(
      await runCommand('close-cycle', ['2026-Q4', '--today', '2027-01-04'], {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        interactive: false,
        cwd: dir,
      }),
    ).toBe(0);
    expect(added(before, read(routing))).toEqual(['grade: 0.6']);
    expect(out.filter((l) => l.includes('platform-q4-routing'))).toEqual([
      'proposed  platform-q4-routing-api: 0.6 (progress 57 %)',
    ]);
    expect(errors()).toEqual([]);
    const after = read(routing);
    await runCommand('close-cycle', ['2026-Q4', '--today', '2027-01-04'], {
      out: () => {},
      err: () => {},
      interactive: false,
      cwd: dir,
    });
    expect(read(routing)).toBe(after);
  });
});

describe('codeowners', () => {
  it('names each team lead on its folders, by handle when the people file has one', async () => {
    const ravi = 'content/people/ravi-menon.md';
    writeFileSync(
      join(dir, ravi),
      read(ravi)
        .replace('---\n', '---\nhandle: rmenon\n')
        .replace(/^handle/m, 'handle'),
    );
    const out = join(dir, 'CODEOWNERS');
    expect(await run('codeowners', '--out', out)).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('\n/content/ maria.okafor@kestrel.example\n');
    expect(text).toContain('\n/content/teams/platform.md @rmenon\n/content/okrs/*/platform/ @rmenon\n');
    expect(text).toContain(
      '\n/content/decisions/2026-11-merge-fpa.md claire.dubois@kestrel.example maria.okafor@kestrel.example\n',
    );
    expect(await run('codeowners', '--out', out, '--check')).toBe(0);
    expect(await run('codeowners', '--out', out)).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(text);
  });
});

describe('new', () => {
  it.each([
    [
      'priority',
      ['--title', 'Own the enterprise API', '--owner', 'ravi-menon'],
      'content/strategy/own-enterprise-api.md',
    ],
    ['team', ['--name', 'Routing', '--parent', 'platform', '--lead', 'ravi-menon'], 'content/teams/routing.md'],
    [
      'person',
      ['--name', 'Ana María López', '--team', 'platform', '--handle', 'alopez'],
      'content/people/ana-maria-lopez.md',
    ],
    [
      'brief',
      [
        '--cycle',
        '2027-Q1',
        '--title',
        'Grow without new depots',
        '--theme',
        'Fuller trucks',
        '--priority',
        'low-emission-network',
        '--success',
        'Load factor at 85 %',
      ],
      'content/briefs/2027-Q1.md',
    ],
    [
      'objective',
      ['--team', 'platform', '--title', 'Cut routing cost per parcel', '--aligns-to', 'product-q4-enterprise-api'],
      'content/okrs/2026-Q4/platform/cut-routing-cost-per-parcel.md',
    ],
    [
      'decision',
      ['--title', 'Drop the EDI gateway', '--deciders', 'ravi-menon,maria-okafor'],
      'content/decisions/2026-11-drop-edi-gateway.md',
    ],
  ])('writes a %s that passes check', async (kind, flags, path) => {
    expect(await run('new', kind, ...flags)).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^Created ${path.replace(/[.*]/g, '\\$&')} \\(id `));
    expect(existsSync(join(dir, path))).toBe(true);
    expect(errors()).toEqual([]);
    // The same again gets its own id and file; nothing is overwritten.
    const first = read(path);
    if (kind !== 'brief') {
      expect(await run('new', kind, ...flags)).toBe(0);
      expect(read(path)).toBe(first);
      expect(errors()).toEqual([]);
    }
  });

  it('exits 2 naming the missing flags, and 1 naming a file it would overwrite', async () => {
    expect(await run('new', 'objective', '--team', 'kestrel')).toBe(2);
    expect(err).toEqual(['throughline new: new objective needs --title, --aligns-to']);
    writeFileSync(join(dir, 'content/briefs/2027-Q1.md'), 'not yet a brief\n');
    const args = [
      '--cycle',
      '2027-Q1',
      '--title',
      'T',
      '--theme',
      'A',
      '--priority',
      'low-emission-network',
      '--success',
      'S',
    ];
    expect(await run('new', 'brief', ...args)).toBe(1);
    expect(err).toEqual(['throughline new: content/briefs/2027-Q1.md already exists; nothing was written']);
    expect(read('content/briefs/2027-Q1.md')).toBe('not yet a brief\n');
  });
});

describe('npx throughline', () => {
  it('runs with the pinned Node, dispatches check, and asks nothing without a terminal', () => {
    const node = join(root, 'node_modules/.bin/node');
    const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.throughline as string);
    const env = { ...process.env, THROUGHLINE_TODAY: today, NO_COLOR: '1' };
    const check = spawnSync(node, [bin, 'check'], { cwd: dir, encoding: 'utf8', env });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/0 errors, 2 warnings in \d+ files/);
    const missing = spawnSync(node, [bin, 'new', 'decision'], { cwd: dir, encoding: 'utf8', env, input: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('throughline new: new decision needs --title, --deciders\n');
  });
});
