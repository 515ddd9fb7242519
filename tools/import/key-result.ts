import type { ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import type { Confidence } from '../../src/schemas/check-in.ts';
import { cellText, parseConfidence, parseDate, parseDirection, parseShare, parseStatus, parseType } from './cells.ts';
import { parseDone, parseTypedNumber, type TypedNumber } from './numbers.ts';
import type { ImportNote, PlannedKeyResult } from './plan-types.ts';

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

  const typeCell = text('type');
  const statedType = parseType(typeCell);
  if (typeCell && !statedType)
    note(`type "${typeCell}" is not metric, percentage, currency or binary; read from the values`);
  const targetDone = parseDone(reader.cell('target'));
  if (statedType === 'binary' || (targetDone === true && !parseTypedNumber(reader.cell('target')))) {
    kr.type = 'binary';
    const current = reader.cell('current');
    const done = parseDone(current) ?? numberAsDone(parseTypedNumber(current, options));
    if (done !== undefined) addCheckIn(kr, reader, done, options, note);
    else if (text('current')) note(`current value "${text('current')}" is not done or not done; no check-in written`);
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
    } else if (key === 'current') note(`${label} "${raw}" is not a number; no check-in written`);
    else note(`${label} "${raw}" is not a number; left out`);
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
  kr.direction =
    direction ?? target?.holds ?? (baseline && target && target.value < baseline.value ? 'decrease' : 'increase');

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
  if (current) addCheckIn(kr, reader, current.value, options, note);
  return kr;
}

function numberAsDone(value: TypedNumber | undefined): boolean | undefined {
  if (!value) return undefined;
  if (value.value === 0) return false;
  if (value.value === 1 || (value.unit === '%' && value.value === 100)) return true;
  return undefined;
}

function addCheckIn(
  kr: Omit<PlannedKeyResult, 'id' | 'title' | 'owner'>,
  reader: RowReader,
  value: number | boolean,
  options: KeyResultOptions,
  note: (message: string) => void,
): void {
  const dateCell = cellText(reader.cell('asOf'));
  let date = dateCell ? parseDate(reader.cell('asOf'), options.monthFirst) : undefined;
  if (dateCell && !date) note(`date "${dateCell}" is not a date; the check-in is dated ${options.defaultDate}`);
  date ??= options.defaultDate;
  const confidence = confidenceOf(reader, note);
  const text = cellText(reader.cell('note'));
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
