/** A tree to be drawn: each item knows its children, in the order they are shown. */
export interface TreeItem<T> {
  value: T;
  children: TreeItem<T>[];
}

/** What the cap keeps: every shown item, and the items whose children are folded into one "+N more" box. */
export interface CappedTree<T> {
  shown: Set<TreeItem<T>>;
  /** Folded item → how many items were under it (all levels). */
  folded: Map<TreeItem<T>, number>;
  /** Roots left out because even they did not fit (they and everything under them); the caller shows one "+N more" box for them. */
  hiddenRoots: TreeItem<T>[];
}

/** Every item below one, all levels. */
export function descendantCount<T>(item: TreeItem<T>): number {
  let count = 0;
  const stack = [...item.children];
  while (stack.length) {
    const next = stack.pop()!;
    count++;
    stack.push(...next.children);
  }
  return count;
}

/**
 * Keeps a tree within `max` boxes, "+N more" boxes included. Families (the children of one item)
 * are shown whole or folded whole, level by level from the top, so a level is never half drawn
 * in a way that hides which parent lost children. Within a level the smallest families open first:
 * more parents get their children shown, and the crowded ones — the ones that would make the
 * diagram unreadable — become one "+N more" box linking to their own page. Every shown item with
 * children holds one box in reserve for its "+N more", so the count can never overshoot.
 */
export function capTree<T>(roots: readonly TreeItem<T>[], max: number): CappedTree<T> {
  const shown = new Set<TreeItem<T>>();
  const folded = new Map<TreeItem<T>, number>();
  const reserve = (items: readonly TreeItem<T>[]) => items.filter((i) => i.children.length > 0).length;
  // As many roots as fit with their reserves, keeping one box for the "+N more" of the rest.
  let fit = roots.length;
  while (fit > 1 && fit + reserve(roots.slice(0, fit)) + (fit < roots.length ? 1 : 0) > max) fit--;
  const visibleRoots = roots.slice(0, fit);
  const hiddenRoots = roots.slice(fit);
  for (const root of visibleRoots) shown.add(root);
  let used = visibleRoots.length + reserve(visibleRoots) + (hiddenRoots.length ? 1 : 0);
  let frontier = visibleRoots.filter((i) => i.children.length > 0);
  while (frontier.length) {
    const next: TreeItem<T>[] = [];
    const bySize = frontier
      .map((item, order) => ({ item, order }))
      .sort((a, b) => a.item.children.length - b.item.children.length || a.order - b.order);
    const opened = new Set<TreeItem<T>>();
    for (const { item } of bySize) {
      // The item's own reserved box is released when its family opens.
      const cost = item.children.length + reserve(item.children) - 1;
      if (used + cost <= max) {
        used += cost;
        opened.add(item);
      } else {
        folded.set(item, descendantCount(item));
      }
    }
    // Back in drawing order, so the next level is visited top to bottom as well.
    for (const item of frontier) {
      if (!opened.has(item)) continue;
      for (const child of item.children) {
        shown.add(child);
        if (child.children.length) next.push(child);
      }
    }
    frontier = next;
  }
  return { shown, folded, hiddenRoots };
}
