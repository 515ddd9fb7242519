import { parseDone, parseTypedNumber, type NumberOptions } from './numbers.ts';

/** What a result cell says of a done/not-done key result. */
export type BinaryResult =
  | { kind: 'done'; value: boolean; /** The words beyond "Done"/"No", kept as the check-in's note. */ words?: string }
  | { kind: 'partial'; share: number }
  | { kind: 'prose' };

// Leading words that say done or not done, followed by more words: "Completed mid-August",
// "Implemented in the extension host", "Not yet". Literal alternatives: one pass per cell.
const doneStart = /^(done|completed?|shipped|launched|achieved|implemented|released|delivered|finished)(?![\p{L}])/iu;
const notDoneStart = /^(not done|not yet|not started|not completed?|in progress|ongoing)(?![\p{L}])/iu;

/** A result as published, without the arrow some pages write before it ("=> Done"). */
export function resultText(text: string): string {
  return text.replace(/^(?:=>|->|→|⇒)\s*/, '');
}

/**
 * A result cell of a binary key result: a word for done or not done ("Done", "=> Not done",
 * "Completed mid-August"), a share ("100%" done, "0%" not, "50%" partial), or prose.
 */
export function readBinaryResult(cell: unknown, options: NumberOptions): BinaryResult {
  if (typeof cell === 'boolean') return { kind: 'done', value: cell };
  const text = typeof cell === 'string' ? resultText(cell.trim()) : cell;
  // "Done." and "Yes!" are the bare word.
  const exact = parseDone(typeof text === 'string' ? text.replace(/[.!]+$/, '') : text);
  if (exact !== undefined) return { kind: 'done', value: exact };
  const number = parseTypedNumber(text, options);
  if (number && !number.unit) {
    if (number.value === 0 || number.value === 1) return { kind: 'done', value: number.value === 1 };
  } else if (number?.unit === '%') {
    if (number.value === 0 || number.value === 100) return { kind: 'done', value: number.value === 100 };
    if (number.value > 0 && number.value < 100) return { kind: 'partial', share: number.value / 100 };
  }
  if (typeof text !== 'string') return { kind: 'prose' };
  if (notDoneStart.test(text)) return { kind: 'done', value: false, words: text };
  if (doneStart.test(text)) return { kind: 'done', value: true, words: text };
  return { kind: 'prose' };
}

/** A cell's text shortened for one line of the report. */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line}"`;
}

/** A score as written: 0.0–1.0 kept as a number, a percentage as "70%"; undefined when it is neither. */
export function parseScore(cell: unknown): number | string | undefined {
  if (typeof cell === 'number') return cell >= 0 && cell <= 1 ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(cell.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  if (!match[2] && n <= 1) return n;
  return n <= 100 ? `${n}%` : undefined;
}
