// Reads a key result's title the way a careful reader does: does it measure a change or a level
// held (an outcome), or does it name work done or a deliverable (an activity)? One pass over the
// words of the title; the word classes are in key-result-words.ts.
import {
  auxiliaries,
  changeVerbs,
  holdVerbs,
  irregularParticiples,
  levelWords,
  limitWords,
  nonCountingBefore,
  numberWords,
  purposeVerbs,
  standardWords,
  statementStarts,
  uptakeVerbs,
  zeroWords,
} from './key-result-words.ts';

/** What a key result reads as. A counted output ("Hire 4 engineers") is work with a count on it. */
export type KeyResultKind = 'outcome' | 'activity' | 'counted-output';

/** A reading and the words it rests on, quoted back to the author ("Track…", "…signed"). */
export interface KeyResultReading {
  kind: KeyResultKind;
  cue: string;
}

interface Token {
  /** As written, for quoting back. */
  text: string;
  /** Lower case, without surrounding punctuation. */
  word: string;
  /** A number or a placeholder standing for one (`12`, `N3`, `$1.2M`, `XXX`, `two`). */
  number: boolean;
  /** A share, a multiple or a comparison (`25%`, `3x`, `≥N8`, `+/-`, `<1`). */
  measure: boolean;
}

// Linear: a letter, digit or sign, then a run of one class; no nesting, no alternation inside.
const wordPattern = /[\p{L}\p{N}$€£#≥≤<>~+%"“][\p{L}\p{N}.,'’%$€£/+≥≤<>"”-]*/gu;
const firstWord = /^[^\p{L}\p{N}$€£#≥≤<>~+%"“]*([\p{L}\p{N}$€£#≥≤<>~+%"“][\p{L}\p{N}.,'’%$€£/+≥≤<>"”-]*)/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
const numeric = /^[$€£#≥≤<>~+]*\d|^n\d+$|^top-?\d+$|^(?:x{2,}|y{2,}|z{2,})$/;
const measured = /%|^[≥≤<>]|^\+\/-$|^\d+(?:\.\d+)?x$/;
const ordinalOrYear = /^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d)$/;

/** Drops the punctuation around a word ("(Bamboo)," → "bamboo"), keeping signs that mean something. */
function trim(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && !letterOrDigit.test(text[from]) && !'$€£%≥≤<>+'.includes(text[from])) from++;
  while (to > from && !letterOrDigit.test(text[to - 1]) && text[to - 1] !== '%') to--;
  return text.slice(from, to).toLowerCase();
}

/** Whether a word closes a quotation (`Dev”`, `Dev",`). */
function endsQuote(text: string): boolean {
  let end = text.length;
  while (end > 0 && '.,;:)!?'.includes(text[end - 1])) end--;
  return end > 0 && (text[end - 1] === '"' || text[end - 1] === '”');
}

/** The words of a title; a quoted name ("“Know Thy Dev” program") is one word, not a predicate. */
function tokenise(title: string): Token[] {
  const tokens: Token[] = [];
  let quoted = false;
  for (const [text] of title.matchAll(wordPattern)) {
    const opens = text[0] === '"' || text[0] === '“';
    const closes = endsQuote(opens ? text.slice(1) : text);
    if (quoted || opens) {
      quoted = !closes;
      continue;
    }
    const word = trim(text);
    if (!word) continue;
    const number = (numeric.test(word) && !ordinalOrYear.test(word)) || numberWords.has(word);
    tokens.push({ text, word, number, measure: measured.test(word) || word === 'percent' });
  }
  return tokens;
}

/** A past participle that finishes a result ("signed", "documented", "built"). */
function isParticiple(word: string): boolean {
  return (word.length > 4 && word.endsWith('ed')) || irregularParticiples.has(word);
}

/** A change verb that moves something; "increased communication" is an adjective, not a change. */
function isChange(tokens: Token[], i: number): boolean {
  const { word } = tokens[i];
  if (!changeVerbs.has(word)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (i === 0 || !word.endsWith('ed') || !next || next.number || (before && auxiliaries.has(before.word))) return true;
  return ['by', 'from', 'to', 'than', 'over'].includes(next.word);
}

/** Whether a word ends without punctuation, so the next word belongs to the same phrase. */
function runsOn(text: string): boolean {
  return /[\p{L}\p{N}%]/u.test(text[text.length - 1] ?? '');
}

/** A number that counts things ("4 engineers"), not one that ranks, names or dates them ("RFC 42"). */
function isCount(tokens: Token[], i: number, start: number): boolean {
  const { number, text, word } = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!number || !after || after.number || !runsOn(text) || word.startsWith('top')) return false;
  if (!before) return true;
  const name = i - 1 > start && /^\p{Lu}/u.test(before.text) && runsOn(before.text);
  return !name && !nonCountingBefore.has(before.word);
}

/** Where the main clause ends: "… to achieve 100 % retention" says why, not what is measured. */
function mainClauseEnd(tokens: Token[]): number {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].word === 'to' && purposeVerbs.has(tokens[i + 1].word)) return i;
  }
  return tokens.length;
}

/** Others taking the work up, said in the passive ("adopted internally", "used by the exec team"). */
const passiveUptake = new Set(['adopted', 'used', 'renewed', 'chosen', 'trusted', 'recommended', 'preferred', 'known']);

/** A word as quoted back in a message, without the punctuation that ends its sentence. */
function shown(text: string): string {
  let end = text.length;
  while (end > 1 && '.,;:!?)'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

const outcome = (cue: string): KeyResultReading => ({ kind: 'outcome', cue });
const work = (count: boolean, cue: string): KeyResultReading => ({ kind: count ? 'counted-output' : 'activity', cue });

/** Reads one key result title. Linear in its length; nothing is compiled per call. */
export function readKeyResult(title: string): KeyResultReading {
  // Most key results open with their change ("Grow…", "Cut…"): read no further.
  const opening = firstWord.exec(title)?.[1];
  if (opening && opening[0] !== '"' && opening[0] !== '“' && changeVerbs.has(trim(opening))) return outcome(opening);
  const words = tokenise(title);
  const tokens = words.slice(0, mainClauseEnd(words));
  let start = 0;
  while (start < tokens.length - 1 && tokens[start].word.endsWith('ly')) start++;
  const head = tokens[start];
  if (!head) return outcome('');

  // A share, a multiple, money, a limit with a number, a change verb or a bar to clear: measured.
  for (let i = start; i < tokens.length; i++) {
    const { word, measure, text } = tokens[i];
    if (measure || /^[$€£]/.test(word) || isChange(tokens, i) || standardWords.has(word)) return outcome(text);
    // "No customers blocked", "signed off with no material findings": a level of zero.
    if (zeroWords.has(word) && tokens[i + 1]) return outcome(text);
    if (word === 'success' && tokens[i - 1]?.word === 'a') return outcome(text);
    // "above the floor price", "below our cost": a named bar is a level too.
    if ((word === 'above' || word === 'below') && ['the', 'our', 'its', 'their'].includes(tokens[i + 1]?.word))
      return outcome(text);
    if (limitWords.has(word) && (tokens[i + 1]?.number || tokens[i + 2]?.number)) return outcome(text);
  }

  // "Maintain the current ratio above 1.5" holds a level; "Maintain the wiki" is upkeep.
  if (holdVerbs.has(head.word)) {
    const level = tokens.slice(start + 1).some((t) => t.number || levelWords.has(t.word));
    return level ? outcome(head.text) : work(false, `${shown(head.text)}…`);
  }

  let count = false;
  let number = false;
  let statement = statementStarts.has(head.word);
  let done: Token | undefined;
  let lastWord = '';
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    const { word } = token;
    const uptake = uptakeVerbs.has(word) && (!word.endsWith('ed') || passiveUptake.has(word));
    if (i > start && uptake) return outcome(token.text);
    if (word === 'can') return work(false, `${shown(tokens[i - 1]?.text ?? '')} can…`.trim());
    const afterAuxiliary = auxiliaries.has(lastWord);
    if (auxiliaries.has(word)) statement = true;
    count ||= isCount(tokens, i, start);
    number ||= token.number;
    const before = tokens[i - 1];
    const predicate = i === start || (before && !before.number && !statementStarts.has(before.word));
    const ongoing = afterAuxiliary && word.endsWith('ing');
    if (!done && ((isParticiple(word) && predicate) || ongoing)) done = token;
    if (!word.endsWith('ly')) lastWord = word;
  }

  // "6 recruiters hired" counts work; "120k WAU", "N3 customers live" measure it.
  if (head.number) return done ? work(true, `…${shown(done.text)}`) : outcome(head.text);
  // "Contract signed.", "Standards are documented", "We are measuring …": work done or under way.
  if (done) return work(count, done === head ? `${shown(head.text)}…` : `…${shown(done.text)}`);
  // A statement with a number in it gets the benefit of the doubt; one without names a state of work.
  if (statement && number) return outcome(head.text);
  // An instruction ("Track…", "Institute…") or a deliverable's name ("ROI analysis of…").
  return work(count, `${shown(head.text)}…`);
}
