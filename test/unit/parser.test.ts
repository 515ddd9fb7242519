import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/diagnostics.ts';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { resolvePlace } from '../../src/model/positions.ts';
import { maxFileBytes } from '../../src/model/rules/parse/file-too-large.ts';
import { firstInvalidUtf8Byte, splitSource, type SourceFile } from '../../src/model/source.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const split = (text: string | Uint8Array) =>
  splitSource(typeof text === 'string' ? encode(text) : text, 'decisions/x.md', 'content/decisions/x.md');
const source = (text: string): SourceFile => {
  const result = split(text);
  if (!result.source) throw new Error(`not split: ${JSON.stringify(result.findings)}`);
  return result.source;
};
const only = (findings: Finding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

describe('splitSource', () => {
  it('splits frontmatter from body and records where each starts', () => {
    const s = source('---\nid: a\ntitle: A\n---\nBody line\n');
    expect(s).toMatchObject({
      frontmatter: 'id: a\ntitle: A\n',
      frontmatterLine: 2,
      body: 'Body line\n',
      bodyLine: 5,
      key: 'decisions/x.md',
      displayPath: 'content/decisions/x.md',
    });
  });

  it('finds the closing fence in CRLF files and keeps the body line', () => {
    const s = source('---\r\nid: a\r\n---\r\nBody\r\n');
    expect(s.frontmatter).toBe('id: a\r\n');
    expect(s.bodyLine).toBe(4);
    expect(s.body).toBe('Body\r\n');
  });

  it('removes a byte order mark without shifting lines', () => {
    const s = source('\uFEFF---\nid: a\n---\nBody\n');
    expect(s.text.startsWith('---')).toBe(true);
    expect(s.frontmatterLine).toBe(2);
    expect(s.bodyLine).toBe(4);
  });

  it('accepts `...` and trailing spaces as the closing fence, and a file that ends on it', () => {
    expect(source('---\nid: a\n...\nBody').body).toBe('Body');
    expect(source('---  \nid: a\n---   \nBody').bodyLine).toBe(4);
    expect(source('---\nid: a\n---')).toMatchObject({ frontmatter: 'id: a\n', body: '', bodyLine: 4 });
  });

  it('does not take a longer dash line or an indented fence for the closing fence', () => {
    expect(only(split('---\nid: a\n----\n  ---\n').findings).rule).toBe('parse/unclosed-frontmatter');
  });

  it('reports a file without an opening fence, and an opening fence never closed', () => {
    expect(only(split('# Title\n---\nid: a\n---\n').findings)).toMatchObject({
      rule: 'parse/no-frontmatter',
      place: { line: 1, column: 1 },
    });
    expect(only(split('---\nid: a\n').findings)).toMatchObject({
      rule: 'parse/unclosed-frontmatter',
      place: { line: 1, column: 1 },
    });
    expect(only(split('---').findings).rule).toBe('parse/unclosed-frontmatter');
  });

  it('reports empty and blank files, a BOM alone included', () => {
    for (const text of ['', ' \n\t\n', '\uFEFF', '\r\n']) {
      expect(only(split(text).findings), JSON.stringify(text)).toMatchObject({
        rule: 'parse/empty-file',
        message: 'File is empty',
      });
    }
  });

  it('refuses frontmatter in another language, and never evaluates it', () => {
    const finding = only(split('---js\nglobalThis.ran = true;\n---\n').findings);
    expect(finding).toMatchObject({
      rule: 'parse/frontmatter-language',
      place: { line: 1, column: 4 },
      message: 'Frontmatter language "js" is not supported; only YAML is read',
    });
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(only(split('--- coffee\r\nx = 1\r\n---\r\n').findings).message).toContain('"coffee"');
  });

  it('reports a file over the size limit without decoding it', () => {
    const bytes = new Uint8Array(maxFileBytes + 1).fill(0xff);
    expect(only(split(bytes).findings)).toMatchObject({
      rule: 'parse/file-too-large',
      message: 'File is 2.0 MB; the limit is 2 MB',
      place: { line: 1, column: 1 },
    });
    expect(split(encode(`---\nid: a\n---\n${'x'.repeat(maxFileBytes - 20)}`)).source).toBeDefined();
  });

  it('reports the line, byte column and byte offset of the first invalid UTF-8 byte', () => {
    const bytes = Uint8Array.from([...encode('---\nid: é\ntitle: '), 0xe9, ...encode('t\n---\n')]);
    expect(only(split(bytes).findings)).toMatchObject({
      rule: 'parse/encoding',
      place: { line: 3, column: 8 },
      message: 'Invalid UTF-8 byte 0xE9 at byte offset 18',
    });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['valid text', encode('aé€😀'), 10],
    ['a lone continuation byte', Uint8Array.of(0x61, 0x80), 1],
    ['a truncated sequence at the end', Uint8Array.of(0x61, 0xe2, 0x82), 1],
    ['an overlong encoding', Uint8Array.of(0xc0, 0x80), 0],
    ['an overlong three-byte form', Uint8Array.of(0xe0, 0x80, 0x80), 0],
    ['a UTF-16 surrogate', Uint8Array.of(0x61, 0x62, 0xed, 0xa0, 0x80), 2],
    ['a code point past U+10FFFF', Uint8Array.of(0xf4, 0x90, 0x80, 0x80), 0],
    ['a byte that never starts a sequence', Uint8Array.of(0x61, 0xff), 1],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8Byte(bytes)).toBe(offset);
  });
});

describe('parseFrontmatter', () => {
  const parse = (text: string) => parseFrontmatter(source(text));

  it('reads the core schema: dates and yes/no stay strings, numbers are numbers', () => {
    expect(parse('---\ndate: 2026-10-07\nanswer: yes\ncount: 12\nshare: 0.5\nflag: true\nnone: ~\n---\n').data).toEqual(
      { date: '2026-10-07', answer: 'yes', count: 12, share: 0.5, flag: true, none: null },
    );
  });

  it('keeps __proto__ as a plain key and never touches Object.prototype', () => {
    const { data } = parse('---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n---\n');
    expect(Object.keys(data!)).toEqual(['__proto__', 'constructor']);
    expect(Object.hasOwn(data!, '__proto__')).toBe(true);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('refuses tags that would construct objects or run code', () => {
    for (const tag of [
      '!!js/function "function () {}"',
      '!!js/regexp /x/',
      '!!binary aGk=',
      '!<tag:yaml.org,2002:js/undefined> ""',
    ]) {
      expect(only(parse(`---\nx: ${tag}\n---\n`).findings).rule, tag).toBe('parse/yaml');
    }
  });

  it('reports an empty frontmatter, comments alone included', () => {
    for (const text of ['---\n---\n', '---\n# soon\n---\n', '---\n~\n---\n']) {
      expect(only(parse(text).findings), text).toMatchObject({
        rule: 'parse/empty-frontmatter',
        place: { line: 1, column: 1 },
      });
    }
  });

  it('reports frontmatter that is not a mapping at its first line', () => {
    for (const text of ['---\n- a\n---\n', '---\njust text\n---\n', '---\n42\n---\n']) {
      expect(only(parse(text).findings), text).toMatchObject({
        rule: 'parse/yaml',
        place: { line: 2, column: 1 },
        message: 'Frontmatter must be a mapping of `field: value` lines',
      });
    }
  });

  it('places YAML errors on the file line, past the opening fence', () => {
    expect(only(parse('---\nid: a\ntitle: Q4: grow\n---\n').findings)).toMatchObject({
      rule: 'parse/yaml',
      place: { line: 3, column: 10 },
      message: 'YAML syntax error: bad indentation of a mapping entry',
    });
    expect(only(parse('---\nid: a\nkeyResults:\n\t- id: b\n---\n').findings)).toMatchObject({
      rule: 'parse/yaml',
      place: { line: 4, column: 1 },
      hint: 'Indent with spaces; YAML does not allow tabs.',
    });
  });

  it('counts lines by LF alone, like every other position, even where YAML breaks at a lone CR', () => {
    expect(only(parse('---\nid: a\rtitle: Q4: grow\n---\n').findings)).toMatchObject({
      rule: 'parse/yaml',
      place: { line: 2, column: 16 },
    });
  });

  it('names the repeated key, in block and flow mappings and in nested items', () => {
    expect(only(parse('---\nid: a\nid: b\n---\n').findings)).toMatchObject({
      rule: 'parse/duplicate-key',
      message: 'Duplicate key "id" in frontmatter',
      place: { line: 3, column: 1 },
    });
    expect(only(parse('---\nx: {k: 1, k: 2}\n---\n').findings)).toMatchObject({
      message: 'Duplicate key "k" in frontmatter',
      place: { line: 2, column: 11 },
    });
    expect(only(parse('---\nkeyResults:\n  - id: a\n    "id": b\n---\n').findings)).toMatchObject({
      message: 'Duplicate key "id" in frontmatter',
      place: { line: 4 },
    });
  });

  it('allows 20 aliases and refuses the 21st', () => {
    const aliases = (n: number) =>
      `---\nx: &a 1\n${Array.from({ length: n }, (_, i) => `k${i}: *a`).join('\n')}\n---\n`;
    expect(parse(aliases(20)).findings).toEqual([]);
    expect(only(parse(aliases(21)).findings)).toMatchObject({
      rule: 'parse/alias-limit',
      message: 'Frontmatter uses more than 20 YAML aliases',
    });
  });

  it('reports a value that starts with `*` as YAML reads it, with the quoted value to write, not as an alias bomb', () => {
    expect(only(parse('---\nid: a\nnote: *emphasis*\n---\n').findings)).toEqual({
      file: 'decisions/x.md',
      rule: 'parse/yaml',
      place: { line: 3, column: 8 },
      message: 'YAML syntax error: unidentified alias "emphasis*"',
      hint: "A value that starts with `*` is read as an alias (a reference to an `&anchor`); quote the value: note: '*emphasis*'",
    });
    expect(only(parse("---\nid: a\n  - note: *emphasis* it's late\n---\n").findings).hint).toBe(
      "A value that starts with `*` is read as an alias (a reference to an `&anchor`); quote the value: note: '*emphasis* it''s late'",
    );
  });

  it('places an unclosed quote or bracket on the line it opened on, not where YAML noticed', () => {
    const cases: [string, { line: number; column: number }, string][] = [
      ['---\nid: a\ntitle: "Keep it\n---\n', { line: 3, column: 8 }, '"'],
      ['---\nid: a\nalignsTo: [b, c\nteam: x\n---\n', { line: 3, column: 11 }, '['],
      [
        "---\nkrs:\n  - id: x\n    title: 'it''s \"late'\n    note: |\n      \"not a quote\n    tags: {a: 1\n  - id: y\n---\n",
        { line: 7, column: 11 },
        '{',
      ],
      [
        '---\nkrs:\n  - id: x\n    title: "late\n    target: 2\n  - id: y\n    title: ok\n---\n',
        { line: 4, column: 12 },
        '"',
      ],
    ];
    for (const [text, place, opened] of cases) {
      const finding = only(parse(text).findings);
      expect(finding, text).toMatchObject({ rule: 'parse/yaml', place });
      expect(finding.hint, text).toContain(`The \`${opened}\` opened here is never closed`);
    }
    // js-yaml places a key with no value at the end of the block; the key's line is where it is.
    expect(only(parse('---\nid: a\nowner\n---\n').findings).place).toEqual({ line: 3, column: 1 });
  });

  it('refuses nesting past the limit instead of recursing', () => {
    const nested = (n: number) => `---\nx: ${'['.repeat(n)}${']'.repeat(n)}\n---\n`;
    expect(parse(nested(10)).findings).toEqual([]);
    expect(only(parse(nested(30)).findings)).toMatchObject({
      rule: 'parse/too-deep',
      message: 'Frontmatter nests deeper than 20 levels',
      place: { line: 2 },
    });
    expect(only(parse(nested(100_000)).findings).rule).toBe('parse/too-deep');
  });
});

describe('resolvePlace', () => {
  const s = source('---\nid: a\nkeyResults:\n  - id: kr\n    target: 5\n  - id: other\n---\n');

  it('points at a key or at its value', () => {
    expect(resolvePlace(s, { path: ['id'], part: 'key' })).toEqual({ line: 2, column: 1 });
    expect(resolvePlace(s, { path: ['id'], part: 'value' })).toEqual({ line: 2, column: 5 });
    expect(resolvePlace(s, { path: ['keyResults', 0, 'target'], part: 'value' })).toEqual({ line: 5, column: 13 });
    expect(resolvePlace(s, { path: ['keyResults', 1] })).toEqual({ line: 6, column: 5 });
  });

  it('stops at the deepest node that exists when a field is missing', () => {
    expect(resolvePlace(s, { path: ['keyResults', 1, 'title'], part: 'key' })).toEqual({ line: 6, column: 5 });
    expect(resolvePlace(s, { path: ['keyResults', 7, 'title'] })).toEqual({ line: 4, column: 3 });
    expect(resolvePlace(s, { path: ['nothing'] })).toEqual({ line: 2, column: 1 });
  });

  it('passes line and column through, and falls back to 1:1 without a source', () => {
    expect(resolvePlace(s, { line: 9, column: 3 })).toEqual({ line: 9, column: 3 });
    expect(resolvePlace(undefined, { path: ['id'] })).toEqual({ line: 1, column: 1 });
  });

  it('counts lines the same in CRLF and BOM files', () => {
    const crlf = source('\uFEFF---\r\nid: a\r\nalignsTo:\r\n  - x\r\n---\r\n');
    expect(resolvePlace(crlf, { path: ['alignsTo', 0] })).toEqual({ line: 4, column: 5 });
  });
});
