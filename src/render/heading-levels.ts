import type { Element, Root as HastRoot } from 'hast';
import rehypeSlug, { type Options as SlugOptions } from 'rehype-slug';
import type { VFile } from 'vfile';
import { eachElement } from './hast-walk.ts';

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
    const data = file.data as HeadingData;
    const above = data.headingLevel ?? 1;
    // The open headings: their level as written and as shown.
    const open: { written: number; shown: number }[] = [];
    eachElement(tree, (node: Element) => {
      if (!headingTags.has(node.tagName)) return;
      const written = Number(node.tagName[1]);
      while (open.length && open.at(-1)!.written >= written) open.pop();
      const shown = Math.min(6, (open.at(-1)?.shown ?? above) + 1);
      open.push({ written, shown });
      node.tagName = `h${shown}`;
      data.headings = true;
    });
  };
}

/** What the plugins here read from and note on the file. */
interface HeadingData {
  /** The level of the heading the body is shown under. */
  headingLevel?: number;
  /** Whether the body has a heading, noted by `rehypeFitHeadings`. */
  headings?: boolean;
}

/**
 * rehype-slug, run after `rehypeFitHeadings` on bodies that have a heading: most have none, and
 * those are then not walked again just to find that out.
 */
export function rehypeSlugHeadings(options: SlugOptions) {
  const slug = rehypeSlug(options);
  return (tree: HastRoot, file: VFile) => {
    if ((file.data as HeadingData).headings) slug(tree);
  };
}
