import { parse as parseCsv } from 'csv-parse/sync';
import { cycleState, isInCycle, parseCycle } from '../../src/model/cycles.ts';
import { suggest } from '../../src/model/suggest.ts';
import type { KeyResult } from '../../src/model/types.ts';
import { confidenceLevels, type CheckInData, type Confidence } from '../../src/schemas/check-in.ts';
import { isIsoDate } from '../../src/schemas/common.ts';
import { addCheckIn, parseCheckInValue } from './check-in-edit.ts';
import { EditRefused } from './frontmatter-edit.ts';
import { readContentFile, UsageError, type Workspace } from './workspace.ts';

/** One check-in as given on the command line or as a row of a metrics file. */
export interface CheckInRow {
  ref: string;
  value: string;
  confidence?: string;
  note?: string;
  date?: string;
}

/** What became of one row: added, already there, or refused and why. */
export interface RowOutcome {
  row: CheckInRow;
  status: 'added' | 'unchanged' | 'refused';
  message: string;
}

const columns = new Set(['ref', 'value', 'confidence', 'note', 'date']);

/** Reads a metrics export: CSV with a header row, or a JSON array of objects, with the columns of CheckInRow. */
export function readRows(text: string, format: 'csv' | 'json'): CheckInRow[] {
  let records: Record<string, unknown>[];
  if (format === 'csv') {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } else {
    const parsed = JSON.parse(text) as unknown;
    if (!Array.isArray(parsed)) throw new UsageError('a JSON metrics file holds an array of objects');
    records = parsed as Record<string, unknown>[];
  }
  return records.map((record, index) => {
    if (!record || typeof record !== 'object') throw new UsageError(`row ${index + 1} is not an object`);
    const unknown = Object.keys(record).filter((key) => !columns.has(key));
    if (unknown.length)
      throw new UsageError(
        `unknown column ${unknown.map((k) => `"${k}"`).join(', ')}; columns: ${[...columns].join(', ')}`,
      );
    const cell = (key: string) => {
      const value = record[key];
      return value === undefined || value === null || value === '' ? undefined : String(value);
    };
    return {
      ref: cell('ref') ?? '',
      value: cell('value') ?? '',
      confidence: cell('confidence'),
      note: cell('note'),
      date: cell('date'),
    };
  });
}

/**
 * Applies rows to the files in memory, each row on the text the rows before it left: returns
 * each row's outcome and the texts of the files that changed, by content key. Nothing is
 * written here.
 */
export function applyRows(
  workspace: Workspace,
  rows: readonly CheckInRow[],
  force: boolean,
): { outcomes: RowOutcome[]; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const seen = new Set<string>();
  const outcomes = rows.map((row): RowOutcome => {
    try {
      if (seen.has(row.ref)) throw new EditRefused(`"${row.ref}" has another row above; give one row per key result`);
      seen.add(row.ref);
      const { kr, entry } = planRow(workspace, row, force);
      const key = kr.objective.source.key;
      const edit = addCheckIn(texts.get(key) ?? readContentFile(workspace, key), kr.data.id, entry);
      if (!edit.unchanged) texts.set(key, edit.text);
      const shown = `${String(entry.value)}${kr.data.unit && typeof entry.value === 'number' ? ` ${kr.data.unit}` : ''}`;
      return edit.unchanged
        ? { row, status: 'unchanged', message: `already has ${shown} on ${entry.date}` }
        : { row, status: 'added', message: `${shown} on ${entry.date}` };
    } catch (error) {
      if (error instanceof EditRefused) return { row, status: 'refused', message: error.message };
      throw error;
    }
  });
  return { outcomes, texts };
}

/** Checks one row against the key result it names; EditRefused says what is wrong. */
function planRow(workspace: Workspace, row: CheckInRow, force: boolean): { kr: KeyResult; entry: CheckInData } {
  const { graph, today } = workspace;
  const node = graph.nodes.get(row.ref);
  if (node?.kind !== 'key-result') {
    const refs = graph.keyResults.map((kr) => kr.ref);
    const guess = suggest(row.ref, refs);
    throw new EditRefused(
      `no key result "${row.ref}"${guess ? `; did you mean "${guess}"?` : ' (write it as <objective id>/<key result id>)'}`,
    );
  }
  const kr = node;
  const parsed = parseCheckInValue(row.value, kr.data);
  if ('error' in parsed) throw new EditRefused(parsed.error);
  if (row.confidence !== undefined && !(confidenceLevels as readonly string[]).includes(row.confidence))
    throw new EditRefused(`confidence is one of ${confidenceLevels.join(', ')}, not "${row.confidence}"`);
  const date = row.date ?? today;
  if (!isIsoDate(date)) throw new EditRefused(`"${date}" is not a date written YYYY-MM-DD`);
  const cycleId = kr.objective.data.cycle;
  const cycle = parseCycle(cycleId, graph.config.fiscalYearStartMonth);
  if (cycle && cycleState(cycle, today) === 'closed' && !force)
    throw new EditRefused(`cycle ${cycleId} closed on ${cycle.end}; add --force to record a late check-in`);
  if (cycle && !isInCycle(date, cycle))
    throw new EditRefused(
      `${date} is outside cycle ${cycleId} (${cycle.start} to ${cycle.end}); give --date inside it`,
    );
  const entry: CheckInData = { date, value: parsed.value };
  if (row.confidence) entry.confidence = row.confidence as Confidence;
  if (row.note !== undefined) entry.note = row.note;
  return { kr, entry };
}
