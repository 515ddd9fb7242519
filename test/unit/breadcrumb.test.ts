import { describe, expect, it } from 'vitest';
import { elideMiddle, isElided } from '../../src/model/elide-middle.ts';
import { shortenCrumbs } from '../../src/render/view/breadcrumb.ts';

describe('a breadcrumb on one line', () => {
  it('keeps the first and last steps whole and shortens long steps between at a word', () => {
    const labels = shortenCrumbs([
      'Grow margin, not just volume',
      'Know and cut our cost to serve',
      'Short one',
      'Deliver more stops per hour on every route we drive',
    ]);
    expect(labels.map((l) => l.text)).toEqual([
      'Grow margin, not just volume',
      'Know and cut our cost…',
      'Short one',
      'Deliver more stops per hour on every route we drive',
    ]);
    expect(labels[1]).toEqual({
      text: 'Know and cut our cost…',
      full: 'Know and cut our cost to serve',
      shortened: true,
    });
    expect(labels[2]!.shortened).toBe(false);
  });

  it('cuts a long word with no space to break at', () => {
    const [, middle] = shortenCrumbs(['a', 'Supercalifragilisticexpialidocious-platform', 'b'], 12);
    expect(middle!.text).toBe('Supercalifr…');
    expect(middle!.text.length).toBeLessThanOrEqual(12);
  });

  it('leaves a trail of one or two steps alone', () => {
    expect(shortenCrumbs(['A very long first step that goes on and on']).map((l) => l.shortened)).toEqual([false]);
    expect(shortenCrumbs(['x'.repeat(40), 'y'.repeat(40)]).some((l) => l.shortened)).toBe(false);
  });
});

describe('elideMiddle', () => {
  it('keeps a short trail whole and cuts a long one to its head and tail, counting what it left out', () => {
    expect(elideMiddle([1, 2, 3, 4, 5], 1, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(elideMiddle([1, 2, 3, 4, 5, 6], 1, 3)).toEqual([1, { elided: 2 }, 4, 5, 6]);
    const long = elideMiddle(
      Array.from({ length: 10_000 }, (_, i) => ({ id: i })),
      1,
      3,
    );
    expect(long).toEqual([{ id: 0 }, { elided: 9996 }, { id: 9997 }, { id: 9998 }, { id: 9999 }]);
    expect(long.filter(isElided)).toEqual([{ elided: 9996 }]);
  });
});
