import type { Element, Root, RootContent } from 'hast';

/** A node with children: the root, an element, and the nodes some plugins add (MDX's elements). */
export type HastParent = Root | Extract<RootContent, { children: unknown[] }>;

/**
 * Calls `visit` on every node below `tree` in document order (depth first, a parent before its
 * children), with its index and parent, so a visitor may replace the node in place; the walk
 * then descends into whatever stands at that index. Written out rather than taken from
 * unist-util-visit: that walks by recursion and makes a closure and a copy of the ancestors for
 * every node, nearly 0.4 GB of garbage for the body plugins' five walks at 10,000 objectives.
 * Here the walk holds one stack of parents and one of positions, however long or deep the body.
 */
export function eachNode(tree: Root, visit: (node: RootContent, index: number, parent: HastParent) => void): void {
  const parents: HastParent[] = [tree];
  const positions: number[] = [0];
  while (parents.length > 0) {
    const depth = parents.length - 1;
    const parent = parents[depth]!;
    const index = positions[depth]!;
    if (index >= parent.children.length) {
      parents.pop();
      positions.pop();
      continue;
    }
    positions[depth] = index + 1;
    visit(parent.children[index]!, index, parent);
    const node = parent.children[index]!;
    if ('children' in node && node.children.length > 0) {
      parents.push(node);
      positions.push(0);
    }
  }
}

/** Calls `visit` on every element below `tree` in document order. */
export function eachElement(tree: Root, visit: (node: Element) => void): void {
  eachNode(tree, (node) => {
    if (node.type === 'element') visit(node);
  });
}
