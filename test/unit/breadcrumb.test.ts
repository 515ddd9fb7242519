import { describe, expect, it } from 'vitest';
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
