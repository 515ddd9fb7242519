import { describe, expect, it } from 'vitest';
import { edgePath } from '../../src/model/maps/edge-path.ts';
import { hiddenBelow, placeTree, treeGaps, type PlacedBox } from '../../src/model/maps/tree-place.ts';
import {
  centreOf,
  fitScale,
  maxScale,
  minScale,
  scrollToCentre,
  unionOf,
  zoomBy,
} from '../../src/model/maps/viewport.ts';

describe('fitting a map to its frame', () => {
  it('shrinks a wide map to the frame, down to the legible minimum, and never enlarges a small one', () => {
    expect(fitScale(2000, 1500)).toBe(0.75);
    expect(fitScale(1200, 1000)).toBeCloseTo(0.833, 3);
    // The objective map: 2,019 px in a 1,118 px frame would be 55 %; text stays legible instead.
    expect(fitScale(2019, 1118)).toBe(minScale);
    expect(fitScale(600, 1118)).toBe(1);
    expect(fitScale(0, 1118)).toBe(1);
  });

  it('zooms in steps between the fit and the maximum', () => {
    expect(zoomBy(1, 1, 1)).toBe(1.25);
    expect(zoomBy(1.9, 1, 1)).toBe(maxScale);
    expect(zoomBy(0.8, -1, 0.8)).toBe(minScale);
    // A map that fits at 60 % (a phone, a small map) may zoom out to its fit.
    expect(zoomBy(0.62, -1, 0.6)).toBe(0.6);
  });
});

describe('opening on the page’s subject', () => {
  const map = { width: 2600, height: 400 };
  const frame = { width: 1100, height: 400 };

  it('scrolls so the subject is in the middle of the frame', () => {
    const subject = { x: 1300, y: 150, width: 220, height: 60 };
    const at = scrollToCentre(centreOf(subject), 0.75, map, frame);
    // Drawn at 75 %, the subject spans 975–1140 px; the frame shows 508–1608.
    expect(at).toEqual({ left: 508, top: 0 });
    expect(subject.x * 0.75).toBeGreaterThanOrEqual(at.left);
    expect((subject.x + subject.width) * 0.75).toBeLessThanOrEqual(at.left + frame.width);
  });

  it('never scrolls past an edge of the drawing', () => {
    expect(scrollToCentre({ x: 10, y: 10 }, 1, map, frame)).toEqual({ left: 0, top: 0 });
    expect(scrollToCentre({ x: 2590, y: 390 }, 1, map, frame)).toEqual({ left: 1500, top: 0 });
  });

  it('takes several subjects (a team’s objectives) as one rectangle', () => {
    expect(
      unionOf([
        { x: 10, y: 20, width: 100, height: 50 },
        { x: 10, y: 200, width: 100, height: 50 },
      ]),
    ).toEqual({ x: 10, y: 20, width: 100, height: 230 });
    expect(unionOf([])).toBeUndefined();
  });
});

describe('folding a branch', () => {
  /** A priority with two themes; the first theme has three objectives, the second one. */
  const children = new Map([
    ['p', ['t1', 't2']],
    ['t1', ['o1', 'o2', 'o3']],
    ['t2', ['o4']],
  ]);
  const kids = (id: string) => children.get(id) ?? [];
  const boxes = (): Map<string, PlacedBox> =>
    new Map(
      ['p', 't1', 't2', 'o1', 'o2', 'o3', 'o4'].map((id) => [
        id,
        { level: id === 'p' ? 0 : id.startsWith('t') ? 1 : 2, height: 40, y: 0 },
      ]),
    );

  it('hides everything below a folded box, and the box itself stays', () => {
    expect([...hiddenBelow(['t1'], kids)].sort()).toEqual(['o1', 'o2', 'o3']);
    expect([...hiddenBelow(['p'], kids)].sort()).toEqual(['o1', 'o2', 'o3', 'o4', 't1', 't2']);
    expect(hiddenBelow([], kids).size).toBe(0);
  });

  it('places what is left again: the next family moves up, each parent centred on its children', () => {
    const all = boxes();
    placeTree(['p'], kids, all, treeGaps);
    const shown = boxes();
    for (const id of hiddenBelow(['t1'], kids)) shown.delete(id);
    placeTree(['p'], kids, shown, treeGaps);
    expect(shown.get('t1')!.y).toBe(treeGaps.margin);
    expect(shown.get('o4')!.y).toBeLessThan(all.get('o4')!.y);
    const [t1, t2] = [shown.get('t1')!, shown.get('t2')!];
    expect(shown.get('p')!.y + 20).toBeCloseTo((t1.y + t2.y + t2.height) / 2, 5);
    expect(t2.y).toBeGreaterThanOrEqual(t1.y + t1.height + treeGaps.rowGap);
  });

  it('draws a line from the right side of one box to the left side of the next column', () => {
    expect(edgePath({ x: 0, y: 0, width: 100, height: 40 }, { x: 156, y: 100, width: 100, height: 40 })).toBe(
      'M100 20C128 20 128 120 156 120',
    );
  });
});
