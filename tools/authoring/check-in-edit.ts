import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { CheckInData } from '../../src/schemas/check-in.ts';
import type { KeyResultData } from '../../src/schemas/key-result.ts';
import {
  columnOf,
  contentEnd,
  dashColumn,
  EditRefused,
  insertLinesAfter,
  quoted,
  readFrontmatter,
  replaceRange,
  sequenceIndent,
  topMapping,
  type FrontmatterText,
} from './frontmatter-edit.ts';

/** What adding a check-in did: the new text, or the same text when that check-in is already there. */
export interface CheckInEdit {
  text: string;
  unchanged: boolean;
}

const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Reads a value as the key result measures it: yes/no/true/false for a binary result, a plain
 * number otherwise, which may carry the result's unit (`45%`, `565 ms`, `EUR 1200`). Returns the
 * value or why it is refused.
 */
export function parseCheckInValue(
  raw: string,
  kr: Pick<KeyResultData, 'type' | 'unit'>,
): { value: number | boolean } | { error: string } {
  const written = raw.trim();
  if (kr.type === 'binary') {
    const word = written.toLowerCase();
    if (word === 'yes' || word === 'true') return { value: true };
    if (word === 'no' || word === 'false') return { value: false };
    return { error: `"${raw}" is not yes or no (the key result is binary: give yes, no, true or false)` };
  }
  const units = [kr.unit, kr.type === 'percentage' ? '%' : undefined].filter((u): u is string => !!u);
  let number = written;
  for (const unit of units) {
    if (number.endsWith(unit)) number = number.slice(0, -unit.length).trim();
    else if (number.startsWith(unit)) number = number.slice(unit.length).trim();
  }
  if (!plainNumber.test(number) || !Number.isFinite(Number(number))) {
    const unit = units.length ? ` (optionally with its unit, ${units.map((u) => `"${u}"`).join(' or ')})` : '';
    return { error: `"${raw}" is not a number${unit}; write it like 45 or 12.5, without thousands separators` };
  }
  return { value: Number(number) };
}

/** The YAML lines of one check-in, keys in the schema's order. */
export function checkInLines(entry: CheckInData, dash: number, keys: number): string[] {
  const lines = [`${' '.repeat(dash)}- date: ${entry.date}`, `value: ${String(entry.value)}`];
  if (entry.confidence) lines.push(`confidence: ${entry.confidence}`);
  if (entry.note !== undefined) lines.push(`note: ${quoted(entry.note)}`);
  return lines.map((line, index) => (index === 0 ? line : ' '.repeat(keys) + line));
}

/**
 * Appends a check-in to key result `krId` of an objective's file. Refuses (EditRefused) when
 * the key result is missing or written in flow style, or when it already has a different
 * check-in on that date; the same check-in again changes nothing.
 */
export function addCheckIn(text: string, krId: string, entry: CheckInData): CheckInEdit {
  const edit = insertCheckIn(text, krId, entry);
  if (!edit.unchanged) expectAdded(text, edit.text, krId, entry);
  return edit;
}

/** The edit must read back as the same data plus this one check-in, or it is not written. */
function expectAdded(before: string, after: string, krId: string, entry: CheckInData): void {
  const data = (text: string) => readFrontmatter(text)?.document.toJS() as Record<string, unknown> | undefined;
  const expected = data(before) as { keyResults: { id: string; checkIns?: CheckInData[] | null }[] };
  const kr = expected.keyResults.find((item) => item.id === krId)!;
  kr.checkIns = [
    ...(kr.checkIns ?? []),
    Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as CheckInData,
  ];
  if (!isDeepStrictEqual(data(after), expected))
    throw new EditRefused(`the check-in could not be added to "${krId}" without changing other lines; add it by hand`);
}

function insertCheckIn(text: string, krId: string, entry: CheckInData): CheckInEdit {
  const front = readFrontmatter(text);
  if (!front) throw new EditRefused('the file has no frontmatter this command can read');
  const kr = findKeyResult(front, krId);
  const checkIns = kr.get('checkIns', true) as Node | undefined;
  const keyColumn = columnOf(front, kr.range![0]);

  if (isSeq(checkIns) && checkIns.items.length > 0) {
    if (checkIns.flow) throw new EditRefused(`the check-ins of "${krId}" are written on one line; edit them by hand`);
    const same = (checkIns.toJSON() as CheckInData[]).find((existing) => existing?.date === entry.date);
    if (same) return sameDay(text, krId, same, entry);
    const first = checkIns.items[0] as Node;
    const lines = checkInLines(entry, dashColumn(front, first.range![0]), columnOf(front, first.range![0]));
    return { text: insertLinesAfter(front, contentEnd(front, checkIns), lines), unchanged: false };
  }
  const dash = keyColumn + sequenceIndent(front);
  const lines = checkInLines(entry, dash, dash + 2);
  const key = kr.items.find((pair) => isScalar(pair.key) && pair.key.value === 'checkIns');
  const keyEnd = key ? (key.key as Node).range![1] : 0;
  if (isScalar(checkIns) && checkIns.value === null)
    return { text: insertLinesAfter(front, keyEnd, lines), unchanged: false };
  if (isSeq(checkIns)) {
    // `checkIns: []` becomes `checkIns:` with the list below it: the one changed line.
    const opened = replaceRange(front, keyEnd, checkIns.range![1], ':');
    const reread = readFrontmatter(opened)!;
    return { text: insertLinesAfter(reread, keyEnd, lines), unchanged: false };
  }
  if (checkIns !== undefined) throw new EditRefused(`"checkIns" of "${krId}" is not a list`);
  return {
    text: insertLinesAfter(front, contentEnd(front, kr), [`${' '.repeat(keyColumn)}checkIns:`, ...lines]),
    unchanged: false,
  };
}

function sameDay(text: string, krId: string, existing: CheckInData, entry: CheckInData): CheckInEdit {
  const equal =
    existing.value === entry.value &&
    existing.confidence === entry.confidence &&
    (existing.note ?? undefined) === entry.note;
  if (equal) return { text, unchanged: true };
  throw new EditRefused(
    `"${krId}" already has a check-in on ${entry.date} (value ${String(existing.value)}); change that one by hand or give another --date`,
  );
}

function findKeyResult(front: FrontmatterText, krId: string): YAMLMap {
  const keyResults = topMapping(front).get('keyResults', true) as Node | undefined;
  if (!isSeq(keyResults)) throw new EditRefused('the objective has no list of key results');
  for (const item of keyResults.items) {
    if (isMap(item) && item.get('id') === krId) {
      if (item.flow) throw new EditRefused(`key result "${krId}" is written on one line; edit it by hand`);
      return item;
    }
  }
  throw new EditRefused(`the objective has no key result "${krId}"`);
}
