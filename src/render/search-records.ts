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
  /** The page, from the site root without the base path (the search page adds its base). */
  url: string;
  /** What the document itself says: title, body and its items; never what other documents say. */
  content: string;
  language: 'en';
  /**
   * What a result shows: title, kind, the filter values (owner, team, status, cycle) and what
   * the kind adds (progress, a decision's date). Pagefind searches these too, each with the
   * weight `searchRanking.metaWeights` gives it (search-options.ts).
   */
  meta: Record<string, string> & { title: string; kind: string };
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
export function searchIndexes(graph: Graph): SearchIndexes {
  // The build's indexer and the search page's filters (search-filters.ts) both ask for them.
  let indexes = made.get(graph);
  if (!indexes) {
    const { recent, archive } = splitByArchive(graph);
    indexes = {
      recent: recent.map((document) => recordOf(graph, document)),
      archive: archive.map((document) => recordOf(graph, document)),
    };
    made.set(graph, indexes);
  }
  return indexes;
}

interface SearchIndexes {
  recent: SearchRecord[];
  archive: SearchRecord[];
}
const made = new WeakMap<Graph, SearchIndexes>();

/** A document's record: what its kind's descriptor takes from it, at its page, filtered by its kind. */
function recordOf(graph: Graph, document: ContentDocument): SearchRecord {
  const body = plainText(bodyTree(document.source).root);
  // Names only: a person who is not published gives no word and no filter value.
  const name = (id: string | undefined) => (id ? personName(graph, id) : undefined);
  const fields = kindNamed(graph.kinds, document.kind).search(document, { graph, body, name });
  const filters = present(fields.filters ?? {});
  return {
    url: `/${pathOf(document, graph.kinds)}`,
    content: [fields.title, ...fields.parts].filter((part): part is string => !!part && part.trim() !== '').join('\n'),
    language: 'en',
    meta: { ...filters, ...present(fields.meta ?? {}), title: fields.title, kind: document.kind },
    filters: Object.fromEntries(
      Object.entries({ kind: document.kind, ...filters }).map(([key, value]) => [key, [value]]),
    ),
  };
}

/** The fields that have a value. */
function present(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => !!entry[1] && entry[1].trim() !== ''),
  );
}
