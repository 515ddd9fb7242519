import type { Graph } from '../graph.ts';
import { latestCheckIn, progressOf } from '../progress.ts';
import type { KeyResult, Objective } from '../types.ts';
import { spreadsheetColumns, type ColumnKey } from './columns.ts';

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

function objectiveCells(graph: Graph, objective: Objective): Row {
  const data = objective.data;
  return {
    cycle: data.cycle,
    team: data.team,
    parentTeam: graph.teamById.get(data.team)?.data.parent,
    objectiveId: objective.id,
    objective: data.title,
    objectiveOwner: data.owner,
    description: objective.source.body.trim() || undefined,
    alignsTo: data.alignsTo.join('; ') || undefined,
    status: data.status,
    grade: data.grade,
  };
}

function keyResultCells(kr: KeyResult): Row {
  const data = kr.data;
  const latest = latestCheckIn(kr);
  const progress = progressOf(kr);
  const value =
    latest === undefined ? undefined : typeof latest.value === 'boolean' ? (latest.value ? 'yes' : 'no') : latest.value;
  return {
    keyResultId: data.id,
    keyResult: data.title,
    keyResultOwner: data.owner,
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
    const rows = keyResults.length ? keyResults.map((kr) => ({ ...shared, ...keyResultCells(kr) })) : [shared];
    for (const row of rows) lines.push(spreadsheetColumns.map((c) => csvCell(row[c.key])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
