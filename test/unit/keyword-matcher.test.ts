import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, keywordMatcher } from '../../src/model/keyword-matcher.ts';

/** How a keyword was matched before: one regular expression per keyword and text. */
function matchedByPattern(keyword: string, text: string): boolean {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

const found = (keywords: string[], text: string) => [...keywordMatcher(keywords).find(text)].sort((a, b) => a - b);

describe('keywordMatcher', () => {
  it('finds whole words and phrases, case ignored, and nothing inside a longer word', () => {
    const keywords = ['Austria', 'EV rollout', 'white-label', 'same-day', 'C++', 'api'];
    expect(found(keywords, 'Open AUSTRIA and plan the ev rollout')).toEqual([0, 1]);
    expect(found(keywords, 'Austrian roads; EV  rollout; ev-rollout; rapid')).toEqual([]);
    expect(found(keywords, 'A White-Label portal, same-day. Learn c++!')).toEqual([2, 3, 4]);
    expect(found(keywords, 'c++11, the API.')).toEqual([5]);
  });

  it('treats letters and digits of every script as word characters', () => {
    expect(found(['café'], 'Un CAFÉ noir')).toEqual([0]);
    expect(found(['café'], 'cafés')).toEqual([]);
    expect(found(['東京'], '東京へ')).toEqual([]);
    expect(found(['東京'], '「東京」')).toEqual([0]);
    expect(found(['ΣΟΦΙΑ'], 'η σοφια')).toEqual([0]);
    expect(found(['q4'], 'Q4')).toEqual([0]);
    expect(found(['q4'], 'q42')).toEqual([]);
  });

  it('reports a keyword once however often it appears, and every keyword that ends at the same place', () => {
    const matcher = keywordMatcher(['a b', 'b', 'x a b', 'a b']);
    expect([...matcher.find('x a b, a b, b')].sort()).toEqual([0, 1, 2, 3]);
    expect([...matcher.find('b')]).toEqual([1]);
    expect([...matcher.find('')]).toEqual([]);
  });

  it('folds case the way a case-insensitive Unicode regular expression does', () => {
    for (const [a, b] of [
      ['k', 'K'],
      ['k', '\u212a'],
      ['s', '\u017f'],
      ['σ', 'ς'],
      ['Σ', 'ς'],
      ['ß', 'ẞ'],
      ['θ', 'ϑ'],
    ])
      expect(fold(a), `${a} ${b}`).toBe(fold(b));
    for (const [a, b] of [
      ['i', 'ı'],
      ['i', 'İ'],
      ['ß', 's'],
    ])
      expect(fold(a), `${a} ${b}`).not.toBe(fold(b));
  });

  it('gives every cased character the representative of each case form the engine finds equal to it', () => {
    const disagreements: string[] = [];
    for (let code = 0x80; code <= 0x1ffff; code++) {
      const char = String.fromCodePoint(code);
      if (/\p{Cs}/u.test(char)) continue;
      const forms = [char.toLowerCase(), char.toUpperCase(), char.toUpperCase().toLowerCase()];
      if (forms.every((form) => form === char)) continue;
      const same = new RegExp(`^${char}$`, 'iu');
      for (const form of forms)
        if ([...form].length === 1 && same.test(form) && fold(form) !== fold(char))
          disagreements.push(`U+${code.toString(16)} ${form}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with one regular expression per keyword on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'aAbB -_.+1é\u00c9ßẞσςΣıIiİk\u212a\n\t東'.split(''));
    const text = fc.array(alphabet, { maxLength: 24 }).map((chars) => chars.join(''));
    const keyword = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(keyword, { minLength: 1, maxLength: 6 }), text, (keywords, haystack) => {
        const expected = keywords.flatMap((k, i) => (matchedByPattern(k, haystack) ? [i] : []));
        expect(found(keywords, haystack)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('stays linear on keywords that almost match at every word of a long text', () => {
    const keywords = Array.from({ length: 500 }, (_, k) => '-a'.repeat(k + 1));
    const text = `x${'-a'.repeat(200_000)}`;
    const started = performance.now();
    expect(found(keywords, text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
