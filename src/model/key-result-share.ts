// A share in a key result ("95 %", "100 % of …") is usually its measure, but a share of work
// done ("100 % of managers have taken a training session", "25 % of accounts have a plan") counts
// outputs, not a change. One forward pass over the rest of the title decides which it is.
import { auxiliaries, limitWords, standardWords, timeUnits, zeroWords } from './key-result-words.ts';

/** One word of a key result title, as key-result-reading.ts tokenises it. */
export interface KeyResultToken {
  /** As written, for quoting back. */
  text: string;
  /** Lower case, without surrounding punctuation. */
  word: string;
  /** A number or a placeholder standing for one (`12`, `N3`, `$1.2M`, `XXX`, `two`). */
  number: boolean;
  /** A share, a multiple or a comparison (`25%`, `3x`, `≥N8`, `+/-`, `<1`). */
  measure: boolean;
}

/** "2d", "36h": a duration written as one word. */
const shortDuration = /^\d+(?:\.\d+)?[dhw]$/;

/** A number of time units ("in one week", "2d per milestone"): a duration, not a count of outputs. */
export function isDuration(tokens: readonly KeyResultToken[], i: number): boolean {
  const { number, word } = tokens[i];
  if (shortDuration.test(word)) return true;
  return number && timeUnits.has(tokens[i + 1]?.word ?? '');
}

/** Words that qualify a share with a level, so the share measures something ("within 7 days"). */
const qualifiers = new Set(['within', 'without', 'on-time', 'time', 'accurately']);

/**
 * Whether the share at `from` counts work done to its items: it is followed by "have"/"has" or a
 * participle after an auxiliary ("are scored", "have taken"), and by no level, limit or duration.
 * `isParticiple` is the reading's own test, passed in to keep one definition.
 */
export function isShareOfWork(
  tokens: readonly KeyResultToken[],
  from: number,
  isParticiple: (word: string) => boolean,
): boolean {
  let work = false;
  for (let i = from + 1; i < tokens.length; i++) {
    const { word, measure } = tokens[i];
    const next = tokens[i + 1];
    if (measure || /^[$€£]/.test(word) || zeroWords.has(word) || standardWords.has(word)) return false;
    if (qualifiers.has(word) || isDuration(tokens, i)) return false;
    if (limitWords.has(word) && (next?.number || tokens[i + 2]?.number)) return false;
    if (word === 'have' || word === 'has' || word === 'had') work = true;
    // "are supported by growth frameworks": others act on it; "are scored", "are given": work done.
    const afterAuxiliary = auxiliaries.has(tokens[i - 1]?.word ?? '');
    if (afterAuxiliary && isParticiple(word) && next?.word !== 'by') work = true;
  }
  return work;
}
