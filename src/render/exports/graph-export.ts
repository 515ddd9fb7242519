import { cycleState } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { currentValue } from '../../model/progress.ts';
import { keyResultStatus, objectiveStatus } from '../../model/status.ts';
import type { Pace } from '../../model/pace.ts';
import type { ContentDocument } from '../../model/types.ts';
import { graphExportVersion, type GraphExport } from '../../schemas/graph-export.ts';
import { pathOf } from '../urls.ts';
import { publishedData, publishedText } from './published-data.ts';

function paceOf(pace: Pace | undefined) {
  // Every key result is judged with a pace; one without a cycle has none to keep.
  return pace
    ? { state: pace.state, expected: round(pace.expected), asOf: pace.asOf }
    : { state: 'not-applicable' as const, expected: 0, asOf: '' };
}

/** Shares to four places: enough for a percentage with two decimals, no float noise in the file. */
function round(share: number): number {
  return Math.round(share * 10_000) / 10_000;
}

/** Turns a base-relative path into the URL the export carries. */
export type ExportLink = (path: string) => string;

function entry<D extends ContentDocument>(graph: Graph, document: D, link: ExportLink) {
  return {
    id: document.id,
    url: link(pathOf(document)),
    text: publishedText(document),
    data: publishedData(graph, document),
  };
}

/** The published graph as the open-data export; `schemaUrl` is where its JSON Schema is published. */
export function graphExport(graph: Graph, link: ExportLink, schemaUrl: string): GraphExport {
  const byId = <D extends ContentDocument>(documents: readonly D[]) =>
    [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    $schema: schemaUrl,
    format: 'throughline-graph',
    version: graphExportVersion,
    organisation: graph.config.organisation,
    today: graph.today,
    currentCycle: graph.currentCycle,
    cycles: [...graph.cycles.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((cycle) => ({ id: cycle.id, start: cycle.start, end: cycle.end, state: cycleState(cycle, graph.today) })),
    priorities: byId(graph.priorities).map((d) => entry(graph, d, link)),
    teams: byId(graph.teams).map((d) => entry(graph, d, link)),
    people: byId(graph.people).map((d) => entry(graph, d, link)),
    briefs: byId(graph.briefs).map((d) => entry(graph, d, link)),
    objectives: byId(graph.objectives).map((objective) => {
      const { status, progress } = objectiveStatus(graph, objective);
      return {
        ...entry(graph, objective, link),
        status,
        progress: progress ?? null,
        keyResults: (graph.keyResultsOf.get(objective.id) ?? []).map((kr) => {
          const computed = keyResultStatus(graph, kr);
          return {
            ref: kr.ref,
            url: link(pathOf(kr)),
            status: computed.status,
            progress: computed.progress ?? null,
            // As of the build's today: a check-in dated later is announced, not measured.
            current: currentValue(kr, graph.today) ?? null,
            pace: paceOf(computed.pace),
          };
        }),
      };
    }),
    decisions: byId(graph.decisions).map((d) => entry(graph, d, link)),
  };
}
