/**
 * The columns of an OKR spreadsheet, one row per key result: what `npm run import` reads and
 * what an export writes, defined once so that export then import gives the same graph.
 */

/** A column: its key, the header an export writes, and the other headers people give it. */
export interface SpreadsheetColumn {
  /** Stable key, used in mapping files (`Ziel: objective`). */
  key: ColumnKey;
  /** The header an export writes; also read. */
  header: string;
  /** Other headers read as this column, compared lowercased with spaces and punctuation folded. */
  synonyms: readonly string[];
  /** What the cell holds, for the import guide. */
  holds: string;
}

export const columnKeys = [
  'cycle',
  'team',
  'parentTeam',
  'objectiveId',
  'objective',
  'objectiveOwner',
  'description',
  'alignsTo',
  'status',
  'grade',
  'keyResultId',
  'keyResult',
  'keyResultOwner',
  'type',
  'unit',
  'direction',
  'baseline',
  'target',
  'commit',
  'stretch',
  'current',
  'progress',
  'confidence',
  'asOf',
  'note',
  'score',
] as const;

export type ColumnKey = (typeof columnKeys)[number];

/** Every column in the order an export writes them. */
export const spreadsheetColumns: readonly SpreadsheetColumn[] = [
  column(
    'cycle',
    'Cycle',
    ['quarter', 'period', 'okr cycle', 'time period', 'timeframe'],
    'cycle: 2026-Q4, Q4 2026, FY27-Q1 or a year',
  ),
  column(
    'team',
    'Team',
    ['department', 'dept', 'function', 'squad', 'group', 'business unit', 'team name'],
    'team name or id',
  ),
  column(
    'parentTeam',
    'Parent team',
    ['parent department', 'reports into', 'division'],
    'the team above, for a new team',
  ),
  column('objectiveId', 'Objective ID', ['objective id', 'objective key', 'okr id'], 'objective id (optional)'),
  column('objective', 'Objective', ['objectives', 'objective title', 'objective name', 'o'], 'the objective'),
  column(
    'objectiveOwner',
    'Objective owner',
    ['owner', 'objective lead', 'accountable', 'dri'],
    'person: name or email',
  ),
  column(
    'description',
    'Description',
    ['objective description', 'why', 'context', 'rationale', 'details'],
    'objective body (Markdown)',
  ),
  column(
    'alignsTo',
    'Aligns to',
    ['parent', 'parent objective', 'parent kr', 'aligned to', 'alignment', 'supports', 'contributes to', 'parent okr'],
    'parent objective or key result: title or id; several separated by ";"',
  ),
  column(
    'status',
    'Status',
    ['objective status', 'state', 'rag', 'health'],
    'active, done, cancelled — or on track / at risk / off track',
  ),
  column(
    'grade',
    'Objective grade',
    ['objective score', 'okr grade', 'okr score', 'overall grade', 'overall score'],
    "the objective's end-of-cycle grade: 0.7 or 70%",
  ),
  column('keyResultId', 'Key result ID', ['kr id', 'key result key'], 'key result id (optional)'),
  column(
    'keyResult',
    'Key result',
    ['key results', 'kr', 'krs', 'kr title', 'key result title', 'measure of success'],
    'the key result',
  ),
  column(
    'keyResultOwner',
    'Key result owner',
    ['kr owner', 'kr lead', 'key result lead'],
    'person, when not the objective owner',
  ),
  column('type', 'Type', ['kr type', 'measure type', 'metric type'], 'metric, percentage, currency or binary'),
  column('unit', 'Unit', ['units', 'uom', 'unit of measure', 'metric unit'], '%, EUR, customers…'),
  column('direction', 'Direction', ['trend', 'increase or decrease'], 'increase, decrease, stay above, stay below'),
  column(
    'baseline',
    'Baseline',
    ['start', 'start value', 'starting value', 'starting point', 'from', 'initial value', 'baseline value'],
    'value at the start',
  ),
  column(
    'target',
    'Target',
    ['goal', 'target value', 'to', 'end value', 'objective value'],
    'value that counts as done',
  ),
  column('commit', 'Commit', ['committed', 'commit value'], 'committed level (optional)'),
  column('stretch', 'Stretch', ['stretch target', 'stretch goal', 'stretch value'], 'ambitious level (optional)'),
  column(
    'current',
    'Current',
    [
      'current value',
      'actual',
      'actuals',
      'value',
      'latest',
      'latest value',
      'achieved',
      'result',
      'results',
      'actual result',
      'final result',
    ],
    'latest measured value: becomes a check-in',
  ),
  column(
    'progress',
    'Progress',
    ['% complete', 'percent complete', 'completion', 'progress %', '% progress', 'percent done'],
    'progress 0–100 %, when there is no current value',
  ),
  column('confidence', 'Confidence', ['confidence level', 'likelihood'], 'high, medium, low — or 0–10, 0–1, %'),
  column(
    'asOf',
    'As of',
    ['date', 'updated', 'last updated', 'update date', 'check in date', 'checkin date', 'as of date'],
    'date of the current value',
  ),
  column(
    'note',
    'Note',
    ['notes', 'comment', 'comments', 'commentary', 'latest update', 'update'],
    'note of the check-in',
  ),
  column(
    'score',
    'Score',
    ['grade', 'final score', 'kr score', 'kr grade', 'key result score', 'key result grade'],
    "the key result's score at the close: 0.7 or 70% (on a row without a key result, the objective's grade)",
  ),
];

function column(key: ColumnKey, header: string, synonyms: readonly string[], holds: string): SpreadsheetColumn {
  return { key, header, synonyms, holds };
}

/** A header as compared: lowercased, accents, punctuation (but `%`) and repeated spaces folded. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** The column each known header names, normalised; an export's header and every synonym. */
export const columnByHeader: ReadonlyMap<string, ColumnKey> = new Map(
  spreadsheetColumns.flatMap((c) => [c.header, c.key, ...c.synonyms].map((h) => [normaliseHeader(h), c.key] as const)),
);
