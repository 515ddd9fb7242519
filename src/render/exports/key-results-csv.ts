import type { Graph } from '../../model/graph.ts';
import { latestCheckIn, progressOf } from '../../model/progress.ts';
import { spreadsheetColumns, type ColumnKey } from '../../model/spreadsheet/columns.ts';
import type { KeyResult, Objective } from '../../model/types.ts';
import { isShown, notPublishedRef, publishedText } from './published-data.ts';

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start): such
 * text is written after an apostrophe, which spreadsheets hide and `npm run import` drops.
 */
const formulaStart = /^[=+\-@\t\r]/;

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Row = Partial<Record<ColumnKey, string | number>>;

/** A reference as the sheet shows it: `not-published` for a draft or restricted document. */
function shown(graph: Graph, ref: string | undefined, to: readonly string[] = []): string | undefined {
  return ref !== undefined && !isShown(graph, ref, to) ? notPublishedRef : ref;
}

function objectiveCells(graph: Graph, objective: Objective): Row {
  const data = objective.data;
  return {
    cycle: data.cycle,
    team: shown(graph, data.team),
    parentTeam: shown(graph, graph.teamById.get(data.team)?.data.parent),
    objectiveId: objective.id,
    objective: data.title,
    objectiveOwner: shown(graph, data.owner, ['person']),
    description: publishedText(objective) || undefined,
    alignsTo: data.alignsTo.map((ref) => shown(graph, ref)).join('; ') || undefined,
    status: data.status,
    grade: data.grade,
  };
}

function keyResultCells(graph: Graph, kr: KeyResult): Row {
  const data = kr.data;
  const latest = latestCheckIn(kr);
  const progress = progressOf(kr);
  const value =
    latest === undefined ? undefined : typeof latest.value === 'boolean' ? (latest.value ? 'yes' : 'no') : latest.value;
  return {
    keyResultId: data.id,
    keyResult: data.title,
    keyResultOwner: shown(graph, data.owner, ['person']),
    type: data.type,
    unit: data.unit,
    direction: data.direction,
    baseline: data.baseline,
    target: data.target,
    commit: data.commit,
    stretch: data.stretch,
    current: value,
    progress: progress === undefined ? undefined : `${Math.round(progress * 100)}%`,
    confidence: latest?.confidence,
    asOf: latest?.date,
    note: latest?.note,
    score: data.score,
  };
}

/**
 * The published key results as a CSV with the importer's columns, one row per key result (an
 * objective without one gets a row of its own), so a sheet exported here imports back into the
 * same objectives. The latest check-in fills the current value; the whole history is in graph.json.
 * A reference to a draft or restricted document reads `not-published`; the description is the
 * body's words, without link targets.
 */
export function keyResultsCsv(graph: Graph): string {
  const lines = [spreadsheetColumns.map((c) => csvCell(c.header)).join(',')];
  const objectives = [...graph.objectives].sort(
    (a, b) =>
      a.data.cycle.localeCompare(b.data.cycle) || a.data.team.localeCompare(b.data.team) || a.id.localeCompare(b.id),
  );
  for (const objective of objectives) {
    const shared = objectiveCells(graph, objective);
    const keyResults = graph.keyResultsOf.get(objective.id) ?? [];
    const rows = keyResults.length ? keyResults.map((kr) => ({ ...shared, ...keyResultCells(graph, kr) })) : [shared];
    for (const row of rows) lines.push(spreadsheetColumns.map((c) => csvCell(row[c.key])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
