import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isTableDelimiterRow,
  removeComments,
  removeEmphasis,
  removeTags,
  unwrapLinks,
} from '../../src/site/inline-markup.ts';

/** What each function replaced, as the pattern did it. */
const patterns: [string, (line: string) => string, (line: string) => string, string[]][] = [
  [
    'comments',
    removeComments,
    (l) => l.replace(/<!--.*?-->/g, ' '),
    ['<!--', '-->', '<!-->', '-', '>', '\r', '\u2028', 'a', ' '],
  ],
  ['tags', removeTags, (l) => l.replace(/<\/?[A-Za-z][^>]*>/g, ' '), ['<', '</', '>', 'a', 'Z', '1', ' ', '/', '<!']],
  [
    'inline links',
    (l) => unwrapLinks(l, '('),
    (l) => l.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1'),
    ['[', ']', '(', ')', '!', 'a', ' ', '](', '!['],
  ],
  [
    'reference links',
    (l) => unwrapLinks(l, '['),
    (l) => l.replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1'),
    ['[', ']', '!', 'a', ' ', '][', '!['],
  ],
  [
    'table rows',
    (l) => String(isTableDelimiterRow(l)),
    (l) => String(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(l)),
    ['|', '-', '---', ':', ' ', '\t', 'x', '\u00a0'],
  ],
  [
    'emphasis',
    removeEmphasis,
    (l) => l.replace(/\*+|~~|`+|(?<!\w)_+|_+(?!\w)/g, ''),
    ['*', '~', '`', '_', '__', 'a', '1', ' ', 'é', '-'],
  ],
];

describe('inline markup removal', () => {
  for (const [name, actual, expected, pieces] of patterns) {
    it(`removes ${name} exactly as the pattern did`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
          const line = parts.join('');
          expect(actual(line)).toBe(expected(line));
        }),
        { numRuns: 4000 },
      );
    });
  }

  it('stays linear on long lines that almost match', () => {
    const lines = [
      '<!--'.repeat(100_000),
      '<!--\r'.repeat(50_000) + '-->',
      'x <a'.repeat(100_000),
      '['.repeat(200_000),
      '[]('.repeat(100_000),
      '[]['.repeat(100_000),
      `a${'_'.repeat(200_000)}a`,
      `${' '.repeat(200_000)}x`,
      `---${' '.repeat(200_000)}x`,
      `| --- ${'| --- '.repeat(40_000)}x`,
    ];
    for (const line of lines) {
      const started = performance.now();
      for (const [, actual] of patterns) actual(line);
      expect(performance.now() - started, line.slice(0, 6)).toBeLessThan(1_000);
    }
  });
});
