import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/model/check.ts';
import { rules } from '../../src/model/rules/registry.ts';
import { baseCase, fixturesDir, fixtureToday, workDir } from '../support/content-fixtures.ts';

/** A copy of the valid base that each property run writes its generated files into. */
function workspace(name: string) {
  const dir = join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(fixturesDir, baseCase, 'content'), join(dir, 'content'), { recursive: true });
  let written: string[] = [];
  return {
    dir,
    check(files: Record<string, string | Uint8Array>): CheckResult {
      // Put back what the last run replaced or added, so every run starts from the base.
      for (const path of written) {
        const base = join(fixturesDir, baseCase, 'content', path);
        if (existsSync(base)) cpSync(base, join(dir, 'content', path));
        else rmSync(join(dir, 'content', path), { force: true });
      }
      written = Object.keys(files);
      for (const [path, data] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
        writeFileSync(join(dir, 'content', path), data);
      }
      return checkContent({ contentDir: 'content', cwd: dir, today: fixtureToday });
    },
  };
}

/** Every diagnostic names a known rule, a file that exists, a line of it and a column inside (or just past) that line. */
function expectPlacesExist(dir: string, result: CheckResult): void {
  const seen = new Set<string>();
  for (const d of result.diagnostics) {
    expect(d.rule in rules, d.rule).toBe(true);
    const path = join(dir, d.file);
    expect(existsSync(path) && statSync(path).isFile(), `${d.file} exists`).toBe(true);
    const lines = readFileSync(path).toString('latin1').split('\n');
    const where = `${d.file}:${d.line}:${d.column} ${d.rule}`;
    expect(
      Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length,
      `${where}: line within 1..${lines.length}`,
    ).toBe(true);
    expect(
      Number.isInteger(d.column) && d.column >= 1 && d.column <= lines[d.line - 1]!.length + 1,
      `${where}: column within its line`,
    ).toBe(true);
    seen.add(d.file);
  }
}

const folders = [
  'okrs/2026-Q4/sales/fuzz.md',
  'decisions/fuzz.md',
  'briefs/2026-Q1.md',
  'teams/fuzz.md',
  'strategy/fuzz.md',
  'people/fuzz.md',
  'constructor/fuzz.md',
  'decisions/fuzz.mdx',
];
/** PROPERTY_RUNS=5000 searches harder locally. */
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) };

describe('properties', () => {
  it('arbitrary bytes never crash the check, and every diagnostic points into an existing file', () => {
    const space = workspace('property-bytes');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.concat([Buffer.from('---\n'), b, Buffer.from('\n---\n')])),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => Buffer.from(`---\n${s}\n---\n${s}`)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...folders), bytes, (path, data) => {
        const result = space.check({ [path]: data });
        expect(result.fatal).toBe(false);
        expectPlacesExist(space.dir, result);
      }),
      runs,
    );
    // Bytes as the configuration may stop the run (fatal), but never crash it, and still point into the file.
    fc.assert(
      fc.property(bytes, (data) => {
        expectPlacesExist(space.dir, space.check({ 'throughline.yaml': data }));
      }),
      { numRuns: Math.ceil(runs.numRuns / 3) },
    );
  });

  it('arbitrary YAML as frontmatter or configuration never crashes the check, and every diagnostic points into an existing file', () => {
    const space = workspace('property-yaml');
    const tokens = fc.constantFrom(
      'id',
      'title',
      'alignsTo',
      'keyResults',
      'checkIns',
      'owner',
      'cycle',
      'team',
      'value',
      'target',
      '__proto__',
      'constructor',
      ':',
      ': ',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '- ',
      '-',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&a ',
      '*a',
      '"',
      "'",
      '#',
      '---',
      '...',
      '!!str ',
      '!!js/function ',
      '? ',
      '|',
      '>',
      '%',
      '@',
      '`',
      'é',
      '😀',
      '\u00a0',
      '\ufeff',
      '2026-Q4',
      '2026-10-07',
      '50%',
      'null',
      '~',
      'true',
      '1e400',
      '0x1F',
      '.nan',
      'company-q4-grow-arr/net-new-arr',
      'sales',
      'jon-park',
    );
    const soup = fc.array(tokens, { maxLength: 80 }).map((parts) => parts.join(''));
    const value = fc.jsonValue({ maxDepth: 4 }).map((v) => stringify(v));
    const record = fc
      .dictionary(
        fc.constantFrom(
          'id',
          'title',
          'cycle',
          'team',
          'owner',
          'alignsTo',
          'keyResults',
          'status',
          'date',
          'deciders',
          'themes',
          'name',
          'lead',
          'parent',
          'x',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map((v) => stringify(v));
    fc.assert(
      fc.property(
        fc.constantFrom(...folders),
        fc.oneof(soup, value, record),
        fc.constantFrom('\n', '\r\n'),
        (path, yaml, eol) => {
          const result = space.check({
            [path]: `---${eol}${yaml.replace(/\n/g, eol)}${eol}---${eol}Body with a [link](id:${yaml.slice(0, 20)}).${eol}`,
          });
          expect(result.fatal).toBe(false);
          expectPlacesExist(space.dir, result);
        },
      ),
      runs,
    );
    // The configuration is read with the same parser; a bad one stops the run (fatal) but still points into the file.
    const config = fc
      .dictionary(
        fc.constantFrom(
          'organisation',
          'fiscalYearStartMonth',
          'currentCycle',
          'thresholds',
          'rules',
          'mdx',
          'editUrl',
          '__proto__',
        ),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map((v) => stringify(v));
    fc.assert(
      fc.property(fc.oneof(soup, config), (yaml) => {
        expectPlacesExist(space.dir, space.check({ 'throughline.yaml': yaml }));
      }),
      runs,
    );
  });

  it('arbitrary Markdown bodies, links and diagrams included, never crash the check', () => {
    const space = workspace('property-bodies');
    const target = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ maxLength: 20 }).map((s) => `id:${s}`),
      fc.string({ maxLength: 20 }).map((s) => `../${s}.md#${s}`),
      fc.constantFrom('id:%', 'id:%zz', 'a%E0%A4%A.md', 'id:company-q4-grow-arr%2Fnet-new-arr', '<id:x>', 'id:'),
    );
    const line = fc.oneof(
      fc.string({ maxLength: 60 }),
      target.map((t) => `See [x](${t}) and [y]( ${t} "title").`),
      target.map((t) => `[ref]: ${t}`),
      fc.constantFrom(
        '```mermaid',
        '```',
        '~~~',
        '    indented',
        '  click a "x"',
        '<b>html</b>',
        '%%{init: {}}%%',
        'TBD',
        '`code [x](id:%zz)`',
      ),
    );
    const header =
      '---\nid: 2026-10-fuzz\ntitle: Fuzz\ndate: 2026-10-02\nstatus: accepted\ndeciders: [jon-park]\n---\n';
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('decisions/2026-10-fuzz.md', 'decisions/2026-10-fuzz.mdx'),
        (lines, eol, path) => {
          const result = space.check({ [path]: `${header}${lines.join(eol)}` });
          expectPlacesExist(space.dir, result);
        },
      ),
      runs,
    );
  });

  it('generated objectives that reference each other never crash the rules, and the output is sorted and repeatable', () => {
    const space = workspace('property-objectives');
    const ids = ['sales-q4-a', 'sales-q4-b', 'company-q4-c', 'sales-q4-enterprise-pipeline'];
    const refs = [
      ...ids,
      ...ids.map((id) => `${id}/k1`),
      'company-q4-grow-arr',
      'company-q4-grow-arr/net-new-arr',
      '2026-Q4/enterprise-trust',
      '2026-Q4/self-serve-tier',
      'win-mid-market-fleets',
      'sales',
      'no-such-thing',
    ];
    const checkIn = fc.record(
      {
        date: fc.constantFrom('2026-09-30', '2026-10-01', '2026-10-20', '2026-11-01', '2026-12-31', '2027-01-01'),
        value: fc.oneof(fc.integer({ min: -5, max: 120 }), fc.boolean()),
        confidence: fc.constantFrom('high', 'medium', 'low'),
      },
      { requiredKeys: ['date', 'value'] },
    );
    const keyResult = fc.record(
      {
        id: fc.constantFrom('k1', 'k2', 'k1'),
        title: fc.constantFrom(
          'Launch the portal',
          'Grow pipeline from 1 to 3',
          'TBD',
          'Cut churn from X to Y',
          'Self-serve sign-ups up',
        ),
        type: fc.constantFrom('metric', 'percentage', 'currency', 'binary'),
        baseline: fc.integer({ min: 0, max: 100 }),
        target: fc.integer({ min: 0, max: 100 }),
        direction: fc.constantFrom('increase', 'decrease', 'stay-above', 'stay-below'),
        checkIns: fc.array(checkIn, { maxLength: 3 }),
      },
      { requiredKeys: ['id', 'title'] },
    );
    const objective = (id: string) =>
      fc.record({
        id: fc.constant(id),
        title: fc.constantFrom('Grow', 'A freemium plan', 'Win fleets'),
        cycle: fc.constantFrom('2026-Q4', '2026', '2026-Q3', '2027-Q1'),
        team: fc.constantFrom('sales', 'company', 'nowhere'),
        owner: fc.constantFrom('jon-park', 'maria-okafor', 'someone-else'),
        status: fc.constantFrom('active', 'done', 'cancelled'),
        alignsTo: fc.subarray(refs, { maxLength: 3 }),
        keyResults: fc.array(keyResult, { maxLength: 6 }),
        dependsOn: fc.subarray(refs, { maxLength: 2 }).map((list) => list.map((ref) => ({ ref }))),
        draft: fc.boolean(),
      });
    const documents = fc.tuple(
      objective('sales-q4-a'),
      objective('sales-q4-b'),
      objective('company-q4-c'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(documents, ([a, b, c, duplicate]) => {
        const files: Record<string, string> = {};
        for (const o of [a, b, c])
          files[`okrs/${o.cycle}/${o.team}/${o.id}.md`] = `---\n${stringify(o)}---\nSee [the other](id:${a.id}).\n`;
        if (duplicate) files['okrs/2026-Q4/sales/copy.md'] = `---\n${stringify({ ...b, id: 'sales-q4-a' })}---\n`;
        const first = space.check(files);
        expect(first.fatal).toBe(false);
        expectPlacesExist(space.dir, first);
        const sorted = [...first.diagnostics].sort((x, y) =>
          x.file < y.file
            ? -1
            : x.file > y.file
              ? 1
              : x.line - y.line || x.column - y.column || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0),
        );
        expect(first.diagnostics).toEqual(sorted);
        expect(space.check(files).diagnostics).toEqual(first.diagnostics);
      }),
      { numRuns: Math.ceil(runs.numRuns / 2) },
    );
  });
});
