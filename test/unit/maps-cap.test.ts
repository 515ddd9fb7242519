import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capTree, descendantCount, type TreeItem } from '../../src/model/maps/cap.ts';

type Tree = TreeItem<string>;

function tree(name: string, ...children: Tree[]): Tree {
  return { value: name, children };
}

function fan(name: string, count: number): Tree {
  return tree(name, ...Array.from({ length: count }, (_, i) => tree(`${name}.${i}`)));
}

/** Boxes drawn: the shown items plus one "+N more" per folded item and one for hidden roots. */
function boxes(result: ReturnType<typeof capTree<string>>): number {
  return result.shown.size + result.folded.size + (result.hiddenRoots.length ? 1 : 0);
}

/** Random forests: item i + 1 hangs under an earlier item, or starts a new root. */
const arbitraryForest: fc.Arbitrary<Tree[]> = fc.array(fc.nat(), { maxLength: 250 }).map((parents) => {
  const items: Tree[] = [tree('0')];
  const roots = [items[0]!];
  parents.forEach((pick, i) => {
    const item = tree(String(i + 1));
    items.push(item);
    if (pick % 17 === 0) roots.push(item);
    else items[pick % (i + 1)]!.children.push(item);
  });
  return roots;
});

describe('capping a tree', () => {
  it('shows a tree that fits whole', () => {
    const roots = [tree('a', fan('b', 3), fan('c', 2))];
    const result = capTree(roots, 80);
    expect(result.shown.size).toBe(8);
    expect(result.folded.size).toBe(0);
  });

  it('folds whole families, the largest first, into one box each', () => {
    const big = fan('big', 30);
    const small = fan('small', 3);
    const result = capTree([tree('root', big, small)], 10);
    expect(result.shown.has(small.children[0]!)).toBe(true);
    expect(result.shown.has(big.children[0]!)).toBe(false);
    expect(result.folded.get(big)).toBe(30);
    expect(boxes(result)).toBeLessThanOrEqual(10);
  });

  it('counts every level under a folded item', () => {
    const deep = tree('d', fan('e', 4), fan('f', 5));
    expect(descendantCount(deep)).toBe(11);
    const result = capTree([tree('root', deep)], 3);
    expect(result.folded.get(deep)).toBe(11);
  });

  it('keeps at least one root and folds the rest of the roots into one box', () => {
    const roots = Array.from({ length: 50 }, (_, i) => fan(`r${i}`, 2));
    const result = capTree(roots, 20);
    expect(result.hiddenRoots.length).toBeGreaterThan(0);
    expect(boxes(result)).toBeLessThanOrEqual(20);
  });

  it('never draws more boxes than the cap, and decides the same way every time', () => {
    fc.assert(
      fc.property(arbitraryForest, fc.integer({ min: 3, max: 90 }), (roots, max) => {
        const first = capTree(roots, max);
        expect(boxes(first)).toBeLessThanOrEqual(max);
        const again = capTree(roots, max);
        expect([...again.shown]).toEqual([...first.shown]);
        expect([...again.folded]).toEqual([...first.folded]);
        // A shown item's family is either all shown or folded, never half drawn.
        for (const item of first.shown) {
          const shownChildren = item.children.filter((c) => first.shown.has(c)).length;
          expect(
            shownChildren === item.children.length ||
              (shownChildren === 0 && (item.children.length === 0 || first.folded.has(item))),
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
