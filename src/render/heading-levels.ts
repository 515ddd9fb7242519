import type { Element, Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Fits a body's headings under the page's own: the first sits one level below the heading the
 * body is shown under (`file.data.headingLevel`, the page's `<h1>` by default), and each later
 * one keeps its place in the author's outline — under the nearest earlier heading of a higher
 * level, a sibling of one of the same — without skipping a level. A body that starts with `###`
 * or jumps from `#` to `###` reads as the author meant and gives a valid outline. Ids come from
 * the words, not the level, so anchors and the links `check` verifies do not move.
 */
export function rehypeFitHeadings() {
  return (tree: HastRoot, file: VFile) => {
    const above = (file.data as { headingLevel?: number }).headingLevel ?? 1;
    // The open headings: their level as written and as shown.
    const open: { written: number; shown: number }[] = [];
    visit(tree, 'element', (node: Element) => {
      if (!headingTags.has(node.tagName)) return;
      const written = Number(node.tagName[1]);
      while (open.length && open.at(-1)!.written >= written) open.pop();
      const shown = Math.min(6, (open.at(-1)?.shown ?? above) + 1);
      open.push({ written, shown });
      node.tagName = `h${shown}`;
    });
  };
}
