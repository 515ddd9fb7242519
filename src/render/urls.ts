import { builtInKinds, kindNamed, type KindDescriptor } from '../model/kinds/index.ts';
import { anchorOf } from '../model/page-anchors.ts';
import { documentOf, type GraphNode } from '../model/types.ts';

export { anchorOf };

/**
 * The page of every node, relative to the base path (no leading slash; '' is the home page):
 * a document's is its kind's route and its id (`objectives/<id>/`); items inside a document
 * (key results, initiatives, themes, not-now items) link to an anchor on their document's page.
 * Pages, maps, search and the Markdown link plugin all use this one function, so a route
 * changes in one place: the kind's descriptor.
 */
export function pathOf(node: GraphNode, kinds: readonly KindDescriptor[] = builtInKinds): string {
  if ('ref' in node) return `${pathOf(documentOf(node, kinds), kinds)}#${anchorOf(node, kinds)}`;
  return `${kindNamed(kinds, node.kind).route}/${node.id}/`;
}

/** Joins the base path (`/` or `/intranet/strategy/`) and a base-relative path. */
export function joinBase(base: string, path: string): string {
  // Without regular expressions: every link of every page comes through here.
  return `${base.endsWith('/') ? base : `${base}/`}${path.startsWith('/') ? path.slice(1) : path}`;
}

/**
 * Where a link to a document goes: the node's URL, with the fragment the link was written with
 * (`id:x#section-y`) or else the node's own anchor (a key result's, say).
 */
export function withFragment(url: string, fragment: string | undefined): string {
  const [path, anchor] = url.split('#');
  const chosen = fragment || anchor;
  return chosen ? `${path}#${chosen}` : path!;
}
