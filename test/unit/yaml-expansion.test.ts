import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/model/frontmatter.ts';
import { splitSource } from '../../src/model/source.ts';
import { expandedSize } from '../../src/model/yaml-expansion.ts';

const parse = (text: string) =>
  parseFrontmatter(splitSource(new TextEncoder().encode(text), 'decisions/x.md', 'content/decisions/x.md').source!);

describe('expandedSize', () => {
  it('counts a shared part once per place it appears', () => {
    const shared = { note: 'abcd' };
    expect(expandedSize({ a: shared, b: [shared, shared] })).toEqual({
      // The mapping, its two keys and the list; the shared mapping (itself, its key, its value) three times.
      nodes: 1 + 2 + 1 + 3 * 3,
      characters: 'ab'.length + 3 * 'noteabcd'.length,
    });
  });

  it('measures a doubling of twenty levels without walking it', () => {
    let value: unknown = ['x'];
    for (let i = 0; i < 20; i++) value = [value, value];
    const started = performance.now();
    expect(expandedSize(value).characters).toBe(2 ** 20);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('frontmatter aliases', () => {
  const list = (n: number) => `[${Array.from({ length: n }, (_, i) => `value ${i}`).join(', ')}]`;

  it('allows reuse that keeps the block small', () => {
    expect(parse(`---\nid: x\nshared: &s ${list(50)}\na: *s\nb: *s\n---\n`).findings).toEqual([]);
  });

  it('refuses aliases that multiply the block, at the first alias, saying how far it grows', () => {
    const aliases = Array.from({ length: 19 }, (_, i) => `k${i}: *s`).join('\n');
    const { findings, data } = parse(`---\nid: x\nshared: &s ${list(2000)}\n${aliases}\n---\n`);
    expect(data).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'parse/alias-limit',
        place: { line: 4, column: 5 },
        message:
          'YAML aliases expand the frontmatter to 40,043 nodes and 377,856 characters of text, more than 4 times what is written',
      }),
    ]);
  });
});
