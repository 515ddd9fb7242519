import type { GraphNode } from '../model/types.ts';

/**
 * The page of every node, relative to the base path (no leading slash; '' is the home page).
 * Items inside a document (key results, initiatives, themes, not-now items) link to an anchor
 * on their document's page. Pages, maps, search and the Markdown link plugin all use this one
 * function, so a route changes in one place.
 */
export function pathOf(node: GraphNode): string {
  switch (node.kind) {
    case 'priority':
      return `strategy/${node.id}/`;
    case 'team':
      return `teams/${node.id}/`;
    case 'person':
      return `people/${node.id}/`;
    case 'brief':
      return `cycles/${node.id}/`;
    case 'objective':
      return `objectives/${node.id}/`;
    case 'decision':
      return `decisions/${node.id}/`;
    case 'theme':
      return `cycles/${node.brief.id}/#${anchorOf(node)}`;
    case 'not-now':
      return `cycles/${node.brief.id}/#${anchorOf(node)}`;
    case 'key-result':
      return `objectives/${node.objective.id}/#${anchorOf(node)}`;
    case 'initiative':
      return `objectives/${node.objective.id}/#${anchorOf(node)}`;
  }
}

/** The element id of an item on its document's page. */
export function anchorOf(node: GraphNode): string {
  switch (node.kind) {
    case 'theme':
      return `theme-${node.data.id}`;
    case 'not-now':
      return `not-now-${node.data.id}`;
    case 'key-result':
      return `kr-${node.data.id}`;
    case 'initiative':
      return `initiative-${node.data.id}`;
    default:
      return '';
  }
}

/** Joins the base path (`/` or `/intranet/strategy/`) and a base-relative path. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
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
