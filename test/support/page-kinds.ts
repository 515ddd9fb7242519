import { urlPathOf } from './site-checks/links.ts';

/** A page standing for every page built from the same route. */
export interface PageKind {
  /** The route pattern, e.g. `teams/*` or `okrs/*\/*\/*`. */
  kind: string;
  /** The page's address relative to the base path ('' for the home page). */
  path: string;
  /** How many pages share this route. */
  count: number;
}

/**
 * A segment as its route has it: `*` for a parameter, but a word before a numbered parameter
 * stays (`week-3` → `week-*`, `month-2026-10` → `month-*`), so routes that differ only by that
 * word (a cycle's weekly and monthly reviews) are kinds of their own.
 */
function wildcard(segment: string): string {
  const numbered = /^([a-z]+)-\d[\d-]*$/.exec(segment);
  return numbered ? `${numbered[1]}-*` : '*';
}

/**
 * Groups the built pages by route (first path segment plus depth) and picks the first page of
 * each, so tests visit every kind of page whatever routes the site has, without visiting
 * hundreds of objectives one by one.
 */
export function pageKinds(files: readonly string[]): PageKind[] {
  const kinds = new Map<string, PageKind>();
  for (const file of [...files].filter((f) => f.endsWith('.html')).sort()) {
    const path = urlPathOf(file);
    const segments = path.split('/').filter(Boolean);
    const kind = segments.length === 0 ? '(home)' : [segments[0], ...segments.slice(1).map(wildcard)].join('/');
    const known = kinds.get(kind);
    if (known) known.count++;
    else kinds.set(kind, { kind, path, count: 1 });
  }
  return [...kinds.values()];
}
