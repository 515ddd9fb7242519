import { anchorOf } from '../model/page-anchors.ts';
import type { GraphNode } from '../model/types.ts';

export { anchorOf };

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

/** Joins the base path (`/` or `/intranet/strategy/`) and a base-relative path. */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

const baseKey = Symbol.for('throughline.base');
const store = globalThis as typeof globalThis & { [baseKey]?: string };

/**
 * Records the base path Astro was configured with (the integration calls this in
 * `astro:config:done`). Kept on globalThis because the pages are bundled separately from the
 * integration yet render in the same process.
 */
export function setBasePath(base: string): void {
  store[baseKey] = base.replace(/\/?$/, '/');
}

/** The site's base path: `/` until the integration sets it. */
export function basePath(): string {
  return store[baseKey] ?? '/';
}

/** A base-relative path as a URL on this site. */
export function href(path: string): string {
  return joinBase(basePath(), path);
}

/** The URL of a node's page on this site. */
export function hrefOf(node: GraphNode): string {
  return href(pathOf(node));
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
