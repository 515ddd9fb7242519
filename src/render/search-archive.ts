import { cycleFitsUnder, isoDay, parseCycle } from '../model/cycles.ts';
import type { Graph } from '../model/graph.ts';
import type { ContentDocument } from '../model/types.ts';

/**
 * The day recentness counts back from: today, or the end of the current cycle when it ended
 * before today — a site whose configured current cycle is long past reads as of that cycle.
 */
export function recentFrom(graph: Graph): string {
  const current =
    graph.cycles.get(graph.currentCycle) ?? parseCycle(graph.currentCycle, graph.config.fiscalYearStartMonth);
  return current && current.end < graph.today ? current.end : graph.today;
}

/**
 * The first day a cycle must end on or after to stay in the recent search: `recentMonths`
 * before {@link recentFrom} (the same day of the month, or the month's last day when it has fewer).
 */
export function archiveCutoff(graph: Graph): string {
  const [year, month, day] = recentFrom(graph).split('-').map(Number) as [number, number, number];
  const months = year * 12 + (month - 1) - graph.config.search.recentMonths;
  const cutoffYear = Math.floor(months / 12);
  const cutoffMonth = months - cutoffYear * 12;
  const lastDay = new Date(Date.UTC(cutoffYear, cutoffMonth + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(cutoffYear, cutoffMonth, Math.min(day, lastDay))));
}

/**
 * Whether a document goes to the search archive: objectives and briefs of cycles that ended
 * before the cutoff, never those of the current cycle or of its year. Priorities, teams, people
 * and decisions stay searchable by default whatever their age: they are few, and an old
 * decision can still be the one in force.
 * The archive keeps the first query's download bounded by recent activity, not by years of
 * history (Pagefind loads a list of every record of an index before its first result).
 */
export function isArchived(graph: Graph, document: ContentDocument, cutoff = archiveCutoff(graph)): boolean {
  if (document.kind !== 'objective' && document.kind !== 'brief') return false;
  const cycle = graph.cycles.get(document.kind === 'brief' ? document.id : document.data.cycle);
  return cycle !== undefined && cycle.end < cutoff && !cycleFitsUnder(graph.currentCycle, cycle.id);
}

/** The documents of the published graph, split into those every query searches and the archive. */
export function splitByArchive(graph: Graph): { recent: ContentDocument[]; archive: ContentDocument[] } {
  const cutoff = archiveCutoff(graph);
  const recent: ContentDocument[] = [];
  const archive: ContentDocument[] = [];
  for (const document of graph.documents) {
    (isArchived(graph, document, cutoff) ? archive : recent).push(document);
  }
  return { recent, archive };
}
