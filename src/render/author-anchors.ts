import type { Element, Root as HastRoot } from 'hast';
import { decode } from '../model/body.ts';
import { eachElement } from './hast-walk.ts';

/**
 * What the sanitiser puts before every id and name an author writes (GitHub's), so no author
 * element can stand in for one of the page's own (`getElementById`) or shadow what its scripts
 * use (`<img name="querySelectorAll">` replaces `document.querySelectorAll`).
 */
export const authorIdPrefix = 'user-content-';

/**
 * Links within a body follow the prefix, as on GitHub: `[x](#intro)` leads to the author's
 * `<a id="intro">`, now `user-content-intro`, and footnotes to their notes. A fragment that names
 * an id as written (a heading's `section-…`) is left alone.
 */
export function rehypeAuthorAnchors() {
  return (tree: HastRoot) => {
    const targets = new Set<string>();
    eachElement(tree, (node: Element) => {
      const { id, name } = node.properties;
      if (typeof id === 'string') targets.add(id);
      if (node.tagName === 'a' && typeof name === 'string') targets.add(name);
    });
    if (targets.size === 0) return;
    eachElement(tree, (node: Element) => {
      const href = node.properties.href;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const fragment = decode(href.slice(1));
      if (!targets.has(fragment) && targets.has(authorIdPrefix + fragment))
        node.properties.href = `#${authorIdPrefix}${href.slice(1)}`;
    });
  };
}
