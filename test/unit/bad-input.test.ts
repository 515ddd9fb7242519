import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, checkFiles, fixturesDir, root } from '../support/content-fixtures.ts';

/** What the fixture runner cannot see from the diagnostics alone: the bytes really are bad, and nothing escapes. */
describe('bad input fixtures', () => {
  it('frontmatter code and YAML code tags are never run: no file is written', () => {
    const cases = [
      ['parse-frontmatter-language', 'decisions/2026-10-code.md', 'parse/frontmatter-language'],
      ['parse-yaml-js-tag', 'decisions/2026-10-tagged.md', 'parse/yaml'],
    ];
    for (const [name, file, rule] of cases) {
      const { dir, result } = checkCase(name!);
      expect(readFileSync(join(dir, 'content', file!), 'utf8')).toContain("writeFileSync('pwned.txt'");
      expect(result.diagnostics.map((d) => d.rule)).toEqual([rule]);
      for (const path of [
        join(dir, 'pwned.txt'),
        join(dir, 'content', 'pwned.txt'),
        join(root, 'pwned.txt'),
        join(process.cwd(), 'pwned.txt'),
      ]) {
        expect(existsSync(path), path).toBe(false);
      }
    }
  });

  it('__proto__ keys do not reach Object.prototype and are reported as unknown fields', () => {
    const { result } = checkCase('schema-proto-keys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.rule === 'schema/unknown-field').map((d) => d.message)).toEqual([
      'Unknown field "__proto__"',
      'Unknown field "constructor"',
      'Unknown field "__proto__" in keyResults[churn]',
    ]);
  });

  it('BOM and CRLF files get the same line and column as the plain file', () => {
    const { dir, result } = checkCase('encoding-bom-crlf');
    const bytes = (name: string) => readFileSync(join(dir, `content/okrs/2026-Q4/sales/${name}.md`));
    expect([...bytes('bom').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes('bom-crlf').subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x2d, 0x2d]);
    expect(bytes('crlf').includes('\r\n')).toBe(true);
    expect(bytes('lf').includes('\r')).toBe(false);
    const placesOf = (name: string) =>
      result.diagnostics.filter((d) => d.file.endsWith(`/${name}.md`)).map((d) => `${d.line}:${d.column} ${d.rule}`);
    const plain = placesOf('lf');
    expect(plain).toEqual([
      '2:1 objective/no-key-results',
      '8:3 align/no-line-of-sight',
      '8:5 ref/unknown',
      '10:14 content/placeholder',
      '11:20 link/broken',
    ]);
    for (const name of ['bom', 'crlf', 'bom-crlf']) expect(placesOf(name), name).toEqual(plain);
  });

  it('a non-UTF-8 file is reported at the offset of its first bad byte', () => {
    const { dir, result } = checkCase('encoding-latin1');
    const bytes = readFileSync(join(dir, 'content/decisions/2026-10-cafe.md'));
    expect(bytes[47]).toBe(0xe9);
    expect(bytes.subarray(0, 47).toString('latin1').split('\n')).toHaveLength(3);
    expect(result.diagnostics).toMatchObject([
      { line: 3, column: 27, message: 'Invalid UTF-8 byte 0xE9 at byte offset 47' },
    ]);
  });

  it('a 5 MB file is generated, refused without being parsed, and never committed', () => {
    const { dir, result } = checkCase('parse-file-too-large');
    expect(statSync(join(dir, 'content/decisions/2026-10-huge.md')).size).toBe(5 * 1024 * 1024);
    expect(result.diagnostics).toMatchObject([
      { rule: 'parse/file-too-large', message: 'File is 5.0 MB; the limit is 2 MB' },
    ]);
    const large = readdirSync(fixturesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && statSync(join(entry.parentPath, entry.name)).size > 64 * 1024)
      .map((entry) => relative(fixturesDir, join(entry.parentPath, entry.name)));
    expect(large).toEqual([]);
  });

  it('an alias bomb stops at the alias limit, quickly', () => {
    const started = performance.now();
    const { result } = checkCase('parse-alias-bomb');
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['parse/alias-limit']);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('deep nesting is refused, not recursed into', () => {
    expect(checkCase('parse-too-deep').result.diagnostics.map((d) => d.rule)).toEqual(['parse/too-deep']);
  });

  it('a throughline.yaml that links outside the content folder is refused, not followed', () => {
    const { dir, result } = checkCase('config-not-a-file');
    expect(lstatSync(join(dir, 'content/throughline.yaml')).isSymbolicLink()).toBe(true);
    // The target is valid YAML that would allow MDX everywhere: it is never read.
    expect(readFileSync(join(dir, 'content/throughline.yaml'), 'utf8')).toContain('mdx:');
    expect(result).toMatchObject({ fatal: true, diagnostics: [{ rule: 'config/not-a-file', line: 1, column: 1 }] });
  });

  it('a folder named throughline.yaml is reported, not a crash', () => {
    const { result } = checkFiles('config-folder', { 'throughline.yaml': null, 'throughline.yaml/x.txt': 'x' });
    expect(result.diagnostics.map((d) => `${d.file} ${d.rule} ${d.message}`)).toEqual([
      'content/throughline.yaml config/not-a-file throughline.yaml is not a regular file; it is not read',
    ]);
  });
});
