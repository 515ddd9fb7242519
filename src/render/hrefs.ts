import { context } from 'virtual:throughline/context';
import type { GraphNode } from '../model/types.ts';
import { joinBase, pathOf } from './urls.ts';

// For pages and components only: the base path comes from the context the integration serves.

/** A base-relative path as a URL on this site. */
export function href(path: string): string {
  return joinBase(context.base, path);
}

/** The URL of a node's page on this site. */
export function hrefOf(node: GraphNode): string {
  return href(pathOf(node));
}

/** A base-relative path as a full URL when the site's address is known (feeds, exports), else as `href` gives it. */
export function absoluteHref(path: string, site: URL | undefined): string {
  return site ? new URL(href(path), site).href : href(path);
}
