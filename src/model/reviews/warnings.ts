import type { Diagnostic } from '../diagnostics.ts';
import type { Graph } from '../graph.ts';
import type { Brief, Objective } from '../types.ts';

/** A warning with the document of the cycle it is about. */
export interface CycleWarning {
  warning: Diagnostic;
  document: Objective | Brief;
}

/** A cycle's warnings, grouped so each team and each owner sees their own list. */
export interface WarningGroups {
  all: CycleWarning[];
  /** By team id, teams in the order their first warning comes; the brief's warnings under `''`. */
  byTeam: Map<string, CycleWarning[]>;
  /** By owner (a person id), `''` for a document with no owner. */
  byOwner: Map<string, CycleWarning[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The warnings about a cycle's documents — its objectives and its brief — grouped by team and by
 * owner. `warnings` are those the site may show, each at its path in the content folder (the
 * document's source key).
 */
export function cycleWarnings(graph: Graph, cycle: string, warnings: readonly Diagnostic[]): WarningGroups {
  const documents = new Map<string, Objective | Brief>();
  for (const objective of graph.objectivesByCycle.get(cycle) ?? []) documents.set(objective.source.key, objective);
  const brief = graph.briefByCycle.get(cycle);
  if (brief) documents.set(brief.source.key, brief);
  const groups: WarningGroups = { all: [], byTeam: new Map(), byOwner: new Map() };
  for (const warning of warnings) {
    const document = documents.get(warning.file);
    if (!document) continue;
    const entry = { warning, document };
    groups.all.push(entry);
    push(groups.byTeam, document.kind === 'objective' ? document.data.team : '', entry);
    push(groups.byOwner, document.data.owner ?? '', entry);
  }
  return groups;
}
