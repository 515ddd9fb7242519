import type { ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import type { Confidence } from '../../src/schemas/check-in.ts';
import { cellText, parseConfidence, parseDate, parseDirection, parseShare, parseStatus, parseType } from './cells.ts';
import { parseDone, parseTypedNumber, type TypedNumber } from './numbers.ts';
import { heldLineOfTitle } from './held-lines.ts';
import type { ImportNote, PlannedKeyResult } from './plan-types.ts';
import { parseScore, quoted, readBinaryResult, resultText } from './results.ts';

export interface RowReader {
  /** The raw cell of a column; undefined when the sheet has no such column. */
  cell(key: ColumnKey): unknown;
  row: number;
}

export interface KeyResultOptions {
  decimalComma: boolean;
  monthFirst: boolean;
  /** The date of a check-in whose row gives none. */
  defaultDate: string;
}

const currencyUnits: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
};

/** Cells that say there is no value yet: no words worth keeping. */
const noValue = /^(n\/?a|[-–—?]+|tbd|tbc|none|unknown)$/i;

/** A key result's measures from its row; what cannot be read is noted and, for a target, left as a placeholder. */
export function keyResultFromRow(
  reader: RowReader,
  options: KeyResultOptions,
  notes: ImportNote[],
): Omit<PlannedKeyResult, 'id' | 'title' | 'owner'> {
  const { row } = reader;
  const note = (message: string) => notes.push({ row, message });
  const text = (key: ColumnKey) => cellText(reader.cell(key));
  const kr: Omit<PlannedKeyResult, 'id' | 'title' | 'owner'> = { row, type: 'metric', placeholders: [] };
  const title = text('keyResult');

  const typeCell = text('type');
  const statedType = parseType(typeCell);
  if (typeCell && !statedType)
    note(`type "${typeCell}" is not metric, percentage, currency or binary; read from the values`);
  const score = scoreOf(reader, note);
  if (score !== undefined) kr.score = score;
  const targetDone = parseDone(reader.cell('target'));
  if (statedType === 'binary' || (targetDone === true && !parseTypedNumber(reader.cell('target')))) {
    kr.type = 'binary';
    binaryResult(kr, reader, options, note);
    return kr;
  }

  const measure = (key: 'baseline' | 'target' | 'commit' | 'stretch' | 'current', label: string) => {
    const raw = text(key);
    const value = parseTypedNumber(reader.cell(key), options);
    if (value?.otherReading !== undefined)
      note(
        `${label} "${raw}" is read as ${value.value}; if it means ${value.otherReading}, set decimalComma: ${!options.decimalComma} in a --map file`,
      );
    if (value || !raw) return value;
    if (key === 'baseline' || key === 'target') {
      kr.placeholders.push({ field: key, cell: raw, row });
      note(`${label} "${raw}" is not a number; written as a placeholder`);
    } else if (key !== 'current') note(`${label} "${raw}" is not a number; left out`);
    return undefined;
  };
  const baseline = measure('baseline', 'baseline');
  const target = measure('target', 'target');
  const commit = measure('commit', 'commit');
  const stretch = measure('stretch', 'stretch');
  let current = measure('current', 'current value');
  if (!target && !text('target')) {
    kr.placeholders.push({ field: 'target', cell: '', row });
    note('target is blank; written as a placeholder');
  }

  const values = [target, baseline, current, commit, stretch].filter((v): v is TypedNumber => v !== undefined);
  const unitCell = text('unit');
  const unit = (unitCell && (currencyUnits[unitCell.toLowerCase()] ?? unitCell)) || values.find((v) => v.unit)?.unit;
  const currency = values.some((v) => v.currency) || Object.values(currencyUnits).includes(unit ?? '');
  kr.type =
    statedType ?? (currency ? 'currency' : unit === '%' || /^percent/i.test(unit ?? '') ? 'percentage' : 'metric');
  if (unit) kr.unit = /^percent/i.test(unit) ? '%' : unit;
  if (baseline) kr.baseline = baseline.value;
  if (target) kr.target = target.value;
  if (commit) kr.commit = commit.value;
  if (stretch) kr.stretch = stretch.value;

  const directionCell = text('direction');
  const direction = parseDirection(directionCell);
  if (directionCell && !direction)
    note(`direction "${directionCell}" is not increase, decrease, stay above or stay below; read from the values`);
  // Without a baseline, the title's words may say a line is held ("Preserve 100% of error budget").
  kr.direction =
    direction ??
    target?.holds ??
    (baseline ? undefined : heldLineOfTitle(title)) ??
    (baseline && target && target.value < baseline.value ? 'decrease' : 'increase');

  // Words where a number goes ("3 user tests conducted") are never read as a number.
  const words = current ? '' : resultText(text('current'));
  const progressCell = text('progress');
  if (!current && progressCell) {
    const share = parseShare(reader.cell('progress'));
    if (share === undefined) note(`progress "${progressCell}" is not a percentage; no check-in written`);
    else if (!target) note(`progress "${progressCell}" needs a target to give a value; no check-in written`);
    else {
      const from = baseline?.value ?? 0;
      current = { value: Number((from + share * (target.value - from)).toPrecision(12)) };
    }
  }
  if (current) addCheckIn(kr, reader, current.value, options, note, words);
  else if (noValue.test(words)) note(`current value "${words}" is not a number; no check-in written`);
  else if (words) {
    kr.placeholders.push({ field: 'checkIns', cell: words, row });
    note(`current value ${quoted(words)} is words, not a number; kept as a comment where the check-in goes`);
  }
  return kr;
}

/** The check-in a done/not-done key result's result cell gives, with its words kept as the note. */
function binaryResult(
  kr: Omit<PlannedKeyResult, 'id' | 'title' | 'owner'>,
  reader: RowReader,
  options: KeyResultOptions,
  note: (message: string) => void,
): void {
  const cell = cellText(reader.cell('current'));
  if (!cell) return;
  const result = readBinaryResult(reader.cell('current'), options);
  const words = resultText(cell);
  if (result.kind === 'done') addCheckIn(kr, reader, result.value, options, note, result.words);
  else if (result.kind === 'partial') {
    addCheckIn(kr, reader, false, options, note, words);
    note(
      `current value "${cell}" on a done/not-done key result is kept as the check-in's note; the value is false (not done)`,
    );
  } else if (cellText(reader.cell('asOf')) && parseDate(reader.cell('asOf'), options.monthFirst)) {
    addCheckIn(kr, reader, false, options, note, words);
    note(
      `current value ${quoted(words)} says neither done nor not done; written as the note of a check-in that is not done yet (false): make it true if it was done`,
    );
  } else {
    kr.placeholders.push({ field: 'checkIns', cell: words, row: reader.row });
    note(
      `current value ${quoted(words)} says neither done nor not done, and the row has no date; kept as a comment where the check-in goes`,
    );
  }
}

/** A key result's score from its Score column; a score that is no share is reported and left out. */
function scoreOf(reader: RowReader, note: (message: string) => void): number | string | undefined {
  const cell = cellText(reader.cell('score'));
  if (!cell) return undefined;
  const score = parseScore(reader.cell('score'));
  if (score === undefined) note(`score "${cell}" is not between 0 and 1 or 0% and 100%; left out`);
  return score;
}

function addCheckIn(
  kr: Omit<PlannedKeyResult, 'id' | 'title' | 'owner'>,
  reader: RowReader,
  value: number | boolean,
  options: KeyResultOptions,
  note: (message: string) => void,
  words?: string,
): void {
  const dateCell = cellText(reader.cell('asOf'));
  let date = dateCell ? parseDate(reader.cell('asOf'), options.monthFirst) : undefined;
  if (dateCell && !date) note(`date "${dateCell}" is not a date; the check-in is dated ${options.defaultDate}`);
  date ??= options.defaultDate;
  const confidence = confidenceOf(reader, note);
  const text = [words, cellText(reader.cell('note'))].filter(Boolean).join(' — ');
  kr.checkIn = { date, value, ...(confidence ? { confidence } : {}), ...(text ? { note: text } : {}) };
}

/** Confidence from its column, or from a status column written as on track / at risk / off track. */
function confidenceOf(reader: RowReader, note: (message: string) => void): Confidence | undefined {
  const cell = cellText(reader.cell('confidence'));
  if (cell) {
    const confidence = parseConfidence(cell);
    if (!confidence) note(`confidence "${cell}" is not high, medium or low; left out`);
    return confidence;
  }
  const status = cellText(reader.cell('status'));
  return status && !parseStatus(status) ? parseConfidence(status) : undefined;
}
