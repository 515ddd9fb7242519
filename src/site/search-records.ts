import { bodyTree } from '../model/body-tree.ts';
import type { Graph } from '../model/graph.ts';
import { objectiveStatus } from '../model/status.ts';
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
 * The search index's records, one per published document, made from the graph rather than the
 * built pages: no page has to be parsed again, so indexing runs beside the rendering, and what
 * is searchable is decided here once. Lists of other documents (aligned objectives, decisions,
 * a person's objectives) are left out, so a query finds the document about it, not every page
 * that mentions it.
 */
export function searchRecords(graph: Graph): SearchRecord[] {
  return graph.documents.filter((document) => document.published).map((document) => recordOf(graph, document));
}

/** The records split into the recent index every query searches and the archive (search-archive.ts). */
export function searchIndexes(graph: Graph): { recent: SearchRecord[]; archive: SearchRecord[] } {
  const { recent, archive } = splitByArchive(graph);
  return {
    recent: recent.map((document) => recordOf(graph, document)),
    archive: archive.map((document) => recordOf(graph, document)),
  };
}

function recordOf(graph: Graph, document: ContentDocument): SearchRecord {
  const name = (id: string | undefined) => personName(graph, id);
  const body = plainText(bodyTree(document.source).root);
  const record = (
    title: string,
    parts: (string | undefined)[],
    filters: Record<string, string | undefined>,
  ): SearchRecord => ({
    url: `/${pathOf(document)}`,
    content: [title, ...parts].filter((part): part is string => !!part && part.trim() !== '').join('\n'),
    language: 'en',
    meta: { title, kind: document.kind },
    filters: Object.fromEntries(
      Object.entries<string | undefined>({ kind: document.kind, ...filters }).flatMap(([key, value]) =>
        value ? [[key, [inertFilterValue(value)]]] : [],
      ),
    ),
  });
  switch (document.kind) {
    case 'objective': {
      const { data } = document;
      const team = graph.teamById.get(data.team)?.data.name ?? data.team;
      const owner = name(data.owner);
      return record(
        data.title,
        [
          team,
          owner,
          data.retrospective,
          body,
          ...(graph.keyResultsOf.get(document.id) ?? []).map((kr) => kr.data.title),
          ...data.initiatives.map((initiative) =>
            [initiative.title, name(initiative.owner)].filter(Boolean).join(', '),
          ),
          ...data.dependsOn.map((dependency) => dependency.why),
        ],
        { cycle: data.cycle, team, status: objectiveStatus(graph, document).status, owner },
      );
    }
    case 'brief': {
      const { data } = document;
      return record(
        data.title,
        [
          name(data.owner),
          body,
          ...data.themes.map((theme) => `${theme.title}. ${theme.success}`),
          ...data.notNow.map((item) => `${item.title}. ${item.why}`),
          ...data.tradeOffs,
          ...data.risks.map((risk) => [risk.title, risk.mitigation].filter(Boolean).join('. ')),
        ],
        { cycle: document.id },
      );
    }
    case 'priority':
      return record(document.data.title, [name(document.data.owner), body], { status: document.data.status });
    case 'team': {
      const { data } = document;
      const parent = data.parent ? graph.teamById.get(data.parent)?.data.name : undefined;
      return record(data.name, [name(data.lead), parent, body], { team: data.name });
    }
    case 'person': {
      const { data } = document;
      const team = data.team ? graph.teamById.get(data.team)?.data.name : undefined;
      return record(data.name, [data.role, team, body], { owner: data.name });
    }
    case 'decision':
      return record(document.data.title, [document.data.deciders.map((id) => name(id)).join(', '), body], {
        status: document.data.status,
      });
  }
}

/** A person's name when the registry has them, else the id as written. */
function personName(graph: Graph, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const person = graph.nodes.get(id);
  return person?.kind === 'person' ? person.data.name : id;
}

/**
 * Pagefind's UI writes filter values into its filter panel as HTML, so a value must not be able
 * to become markup: a team or person named `<img onerror=…>` is shown with look-alike characters.
 */
export function inertFilterValue(text: string): string {
  return text.replace(/</g, '‹').replace(/&/g, '＆');
}
