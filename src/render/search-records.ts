import { bodyTree } from '../model/body-tree.ts';
import type { Graph } from '../model/graph.ts';
import { kindNamed } from '../model/kinds/index.ts';
import { personName } from '../model/withheld.ts';
import type { ContentDocument } from '../model/types.ts';
import { plainText } from './plain-text.ts';
import { splitByArchive } from './search-archive.ts';
import { pathOf } from './urls.ts';

/** One search result: a published document's page, the words it is found by, and its filters. */
export interface SearchRecord {
  /** The page, from the site root without the base path (Pagefind's UI adds the base it was loaded from). */
  url: string;
  /** What the document itself says: title, names, body and its items; never what other documents say. */
  content: string;
  language: 'en';
  meta: { title: string; kind: string };
  filters: Record<string, string[]>;
}

/**
 * The search index's records, one per document of the published graph (`siteData`), made from
 * the graph rather than the built pages: no page has to be parsed again, so indexing runs
 * beside the rendering, and what is searchable is decided here once. Lists of other documents
 * (aligned objectives, decisions, a person's objectives) are left out, so a query finds the
 * document about it, not every page that mentions it.
 */
export function searchRecords(graph: Graph): SearchRecord[] {
  return graph.documents.map((document) => recordOf(graph, document));
}

/** The records split into the recent index every query searches and the archive (search-archive.ts). */
export function searchIndexes(graph: Graph): { recent: SearchRecord[]; archive: SearchRecord[] } {
  const { recent, archive } = splitByArchive(graph);
  return {
    recent: recent.map((document) => recordOf(graph, document)),
    archive: archive.map((document) => recordOf(graph, document)),
  };
}

/** A document's record: what its kind's descriptor takes from it, at its page, filtered by its kind. */
function recordOf(graph: Graph, document: ContentDocument): SearchRecord {
  const body = plainText(bodyTree(document.source).root);
  // Names only: a person who is not published gives no word and no filter value.
  const name = (id: string | undefined) => (id ? personName(graph, id) : undefined);
  const { title, parts, filters } = kindNamed(graph.kinds, document.kind).search(document, { graph, body, name });
  return {
    url: `/${pathOf(document, graph.kinds)}`,
    content: [title, ...parts].filter((part): part is string => !!part && part.trim() !== '').join('\n'),
    language: 'en',
    meta: { title, kind: document.kind },
    filters: Object.fromEntries(
      Object.entries<string | undefined>({ kind: document.kind, ...filters }).flatMap(([key, value]) =>
        value ? [[key, [inertFilterValue(value)]]] : [],
      ),
    ),
  };
}

/**
 * Pagefind's UI writes filter values into its filter panel as HTML, so a value must not be able
 * to become markup: a team or person named `<img onerror=…>` is shown with look-alike characters.
 */
export function inertFilterValue(text: string): string {
  return text.replace(/</g, '‹').replace(/&/g, '＆');
}
