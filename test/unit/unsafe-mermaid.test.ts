import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeMermaid } from '../../src/model/unsafe-mermaid.ts';

/** The patterns mermaid/unsafe would try on each line as regular expressions, first match reported. */
const patterns: [RegExp, string][] = [
  [/(?<=^|[\s;])click\s/i, 'a `click` directive'],
  [/href/i, 'an `href`'],
  [/javascript:/i, 'a `javascript:` URL'],
  [/<\s*\/?\s*[a-z!][^>]*>/i, 'HTML in a label'],
  [/%%\{.*init/i, 'an `init` directive'],
  [/%%\{/, 'a `%%{…}%%` directive'],
  [/themeCSS/i, 'a `themeCSS` setting'],
  [/themeVariables/i, 'a `themeVariables` setting'],
];
const byPatterns = (line: string) => {
  const hit = patterns.find(([pattern]) => pattern.test(line));
  return hit ? { index: line.search(hit[0]), what: hit[1] } : undefined;
};

describe('findUnsafeMermaid', () => {
  it('finds each unsafe thing where it starts', () => {
    expect(findUnsafeMermaid('  A --> B')).toBeUndefined();
    expect(findUnsafeMermaid('  click A callback')).toEqual({ index: 2, what: 'a `click` directive' });
    expect(findUnsafeMermaid('  A["x"];click B x')).toEqual({ index: 9, what: 'a `click` directive' });
    expect(findUnsafeMermaid('  A[<b>bold</b>]')).toEqual({ index: 4, what: 'HTML in a label' });
    expect(findUnsafeMermaid('  A[< / IMG src=x>]')).toEqual({ index: 4, what: 'HTML in a label' });
    expect(findUnsafeMermaid('  A[x < 2] --> B[c > d]')).toBeUndefined();
    expect(findUnsafeMermaid("%%{ Init: {'theme': 'dark'} }%%")).toEqual({ index: 0, what: 'an `init` directive' });
    expect(findUnsafeMermaid('%%{ \r init')).toEqual({ index: 0, what: 'a `%%{…}%%` directive' });
    expect(findUnsafeMermaid('  style A themeCSS')).toEqual({ index: 10, what: 'a `themeCSS` setting' });
    expect(findUnsafeMermaid('%%{ \r %%{init')).toEqual({ index: 6, what: 'an `init` directive' });
  });

  it('agrees with the patterns on arbitrary lines', () => {
    const piece = fc.constantFrom(
      '<',
      '>',
      '/',
      ' ',
      '\t',
      '\r',
      '\u2028',
      'a',
      'Z',
      '!',
      '%%{',
      'init',
      'INIT',
      'click ',
      ';',
      'href',
      'javascript:',
      'themeCSS',
      'ThemeVariables',
      '1',
      'ı',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const line = pieces.join('');
        expect(findUnsafeMermaid(line)).toEqual(byPatterns(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('stays linear on long lines that almost match', () => {
    for (const line of [
      '<a'.repeat(200_000),
      `${'< / '.repeat(100_000)}>`,
      `<${' '.repeat(400_000)}`,
      '%%{'.repeat(200_000),
      '%%{\r'.repeat(100_000) + 'init',
      ' click'.repeat(100_000),
    ]) {
      const started = performance.now();
      findUnsafeMermaid(line);
      expect(performance.now() - started, line.slice(0, 8)).toBeLessThan(1_000);
    }
  });
});
