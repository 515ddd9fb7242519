/**
 * Vertical placement of a layered tree, shared by the build (layout.ts) and the browser, which
 * places the boxes again when a reader folds a branch. Knows nothing of text or SVG, so the
 * browser script stays small.
 */

/** What placement needs of a box: its column, its height, and the `y` it sets. */
export interface PlacedBox {
  level: number;
  height: number;
  y: number;
}

/** Gaps between boxes, in SVG user units. */
export interface TreeGaps {
  margin: number;
  rowGap: number;
  familyGap: number;
}

/** The gaps every generated map uses. */
export const treeGaps: TreeGaps = { margin: 8, rowGap: 10, familyGap: 8 };

/**
 * Sets `y` on every box: each parent centred on its children, each family kept together, nothing
 * overlapping in a column. Children at the same level or to the left are lines, not tree edges.
 * Boxes in `boxes` the tree does not reach are placed below, in order. Linear in the number of
 * boxes apart from the shifts of families pushed down, which touch each box once per ancestor.
 */
export function placeTree(
  roots: readonly string[],
  children: (id: string) => readonly string[],
  boxes: Map<string, PlacedBox>,
  gaps: TreeGaps,
): void {
  const nextY: number[] = [];
  const placed = new Set<string>();
  const free = (level: number) => nextY[level] ?? gaps.margin;
  const treeChildren = (id: string) =>
    children(id).filter((c) => boxes.has(c) && boxes.get(c)!.level > boxes.get(id)!.level);
  const shift = (id: string, dy: number) => {
    const box = boxes.get(id)!;
    box.y += dy;
    nextY[box.level] = Math.max(free(box.level), box.y + box.height + gaps.rowGap);
    for (const child of treeChildren(id)) shift(child, dy);
  };
  const place = (id: string) => {
    if (placed.has(id) || !boxes.has(id)) return;
    placed.add(id);
    const box = boxes.get(id)!;
    const kids = treeChildren(id).filter((c) => !placed.has(c));
    for (const kid of kids) place(kid);
    let desired = free(box.level);
    if (kids.length) {
      const first = boxes.get(kids[0]!)!;
      const last = boxes.get(kids.at(-1)!)!;
      desired = (first.y + last.y + last.height) / 2 - box.height / 2;
      // A little air between one family and the next.
      for (const kid of kids) nextY[boxes.get(kid)!.level] = free(boxes.get(kid)!.level) + gaps.familyGap;
    }
    const y = Math.max(desired, free(box.level));
    box.y = y;
    if (y > desired) for (const kid of kids) shift(kid, y - desired);
    nextY[box.level] = Math.max(free(box.level), y + box.height + gaps.rowGap);
  };
  for (const root of roots) place(root);
  // Anything the tree does not reach (lines only) still gets a place.
  for (const id of boxes.keys()) place(id);
}

/** Every box below the folded ones, following the tree's children; the folded boxes themselves stay. */
export function hiddenBelow(folded: Iterable<string>, children: (id: string) => readonly string[]): Set<string> {
  const hidden = new Set<string>();
  const stack = [...folded].flatMap((id) => [...children(id)]);
  while (stack.length) {
    const id = stack.pop()!;
    if (hidden.has(id)) continue;
    hidden.add(id);
    stack.push(...children(id));
  }
  return hidden;
}
