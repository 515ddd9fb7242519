import { describe, expect, it } from 'vitest';
import { Memo } from '../../src/model/maps/memo.ts';
import { wrapText } from '../../src/model/maps/text.ts';

describe('Memo', () => {
  it('computes an answer once per group and key', () => {
    const memo = new Memo<string>();
    let computed = 0;
    const upper = (group: string, key: string) =>
      memo.get(group, key, () => `${group}:${key.toUpperCase()}:${++computed}`);
    expect(upper('a', 'x')).toBe('a:X:1');
    expect(upper('a', 'x')).toBe('a:X:1');
    // The same key in another group is another answer.
    expect(upper('b', 'x')).toBe('b:X:2');
    expect(computed).toBe(2);
  });

  it('forgets everything once it holds its limit, and keeps answering', () => {
    const memo = new Memo<number>(2);
    let computed = 0;
    const count = (key: string) => memo.get('', key, () => ++computed);
    expect([count('a'), count('b'), count('a')]).toEqual([1, 2, 1]);
    expect(count('c')).toBe(3);
    // Full at the third key: the earlier answers were dropped and are computed again.
    expect(count('a')).toBe(4);
    expect(count('c')).toBe(3);
  });
});

describe('wrapText, remembered', () => {
  it('gives the same lines as the first time, for the same text and size only', () => {
    const first = wrapText('Build a repeatable enterprise pipeline', 160, 2, 13);
    expect(wrapText('Build a repeatable enterprise pipeline', 160, 2, 13)).toEqual(first);
    expect(wrapText('Build a repeatable enterprise pipeline', 400, 2, 13)).toEqual([
      'Build a repeatable enterprise pipeline',
    ]);
    expect(wrapText('Build a repeatable enterprise pipeline', 160, 1, 13)).toHaveLength(1);
    // Lines handed out are shared between maps, so nobody may change them.
    expect(Object.isFrozen(first)).toBe(true);
  });
});
