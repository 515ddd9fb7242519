// Reads a key result's title the way a careful reader does: does it measure a change or a level
// held (an outcome), or does it name work done or a deliverable (an activity)? One pass over the
// words of the title; the word classes are in key-result-words.ts.
import {
  auxiliaries,
  changeVerbs,
  effortVerbs,
  holdVerbs,
  irregularParticiples,
  levelWords,
  limitWords,
  nonCountingBefore,
  numberWords,
  purposeVerbs,
  standardWords,
  statementStarts,
  subordinators,
  uptakeVerbs,
  zeroWords,
} from './key-result-words.ts';
import { isDuration, isShareOfWork, type KeyResultToken as Token } from './key-result-share.ts';

/** What a key result reads as. A counted output ("Hire 4 engineers") is work with a count on it. */
export type KeyResultKind = 'outcome' | 'activity' | 'counted-output';

/** A reading and the words it rests on, quoted back to the author ("Track…", "…signed"). */
export interface KeyResultReading {
  kind: KeyResultKind;
  cue: string;
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

const getting = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/**
 * A change verb that moves something; "increased communication" and "a passing suite" are
 * adjectives, "exist to prevent …" says why, and "gets triaged" is a passive, not a change.
 */
function isChange(tokens: Token[], i: number, start: number, subordinate: boolean): boolean {
  const { word } = tokens[i];
  if (!changeVerbs.has(word)) return false;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  if (i > start && (subordinate || before?.word === 'to' || getting.has(word))) return false;
  if (i > start && word.endsWith('ing')) return auxiliaries.has(before?.word ?? '');
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
  // "+2" engineers, written after the role: a count wherever it stands.
  if (number && /^\+\d+$/.test(word)) return true;
  // A version ("2.0") or a duration ("first 2 weeks") counts nothing.
  if (!number || /\d\.\d/.test(word) || isDuration(tokens, i)) return false;
  if (!after || after.number || !runsOn(text) || word.startsWith('top')) return false;
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
/** Words after a passive uptake that name who takes it up; "used for CI" names no one. */
const byWhom = new Set(['by', 'at', 'across', 'internally', 'widely', 'among', 'throughout']);

/** Other people doing something with the work, as the main verb ("Sales uses …", "is used by …"). */
function isUptake(tokens: Token[], i: number, subordinate: boolean): boolean {
  const { word } = tokens[i];
  if (!uptakeVerbs.has(word)) return false;
  const before = tokens[i - 1]?.word ?? '';
  const next = tokens[i + 1]?.word;
  // "Update PeerPad to use …", "apps that use …": how or what, not uptake; "integrations that
  // fleets use weekly" names who takes them up.
  if (subordinate && subordinators.has(before)) return false;
  if (before === 'to') return false;
  if (word.endsWith('ing')) return auxiliaries.has(before);
  if (passiveUptake.has(word)) return next === undefined || byWhom.has(next);
  return !word.endsWith('ed');
}

/** What people can come to know: "Users can recognize …" is uptake, "Users can share …" a feature. */
const knowing = new Set(['know', 'understand', 'recognize', 'recognise', 'trust', 'tell']);

/** Whether a word ends its clause ("established," "done;"), so a subordinate clause ends with it. */
function endsClause(text: string): boolean {
  return ',;:.!?)'.includes(text[text.length - 1] ?? '');
}

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
  let subordinate = false;
  let effort = false;
  for (let i = start; i < tokens.length; i++) {
    const { word, measure, text } = tokens[i];
    if (i > start && subordinators.has(word) && word !== 'to') subordinate = true;
    effort ||= effortVerbs.has(word);
    // "Upgrades take 1 hour", "runs for 10 days without a crash": a time is a level, unless it is
    // effort put in ("devotes 2d per milestone").
    if (!effort && isDuration(tokens, i)) return outcome(text);
    // "100% of managers have taken a training session": a share of work done, not a level.
    if (measure && word.includes('%') && isShareOfWork(tokens, i, isParticiple)) return work(false, shown(text));
    if (measure || /^[$€£]/.test(word) || isChange(tokens, i, start, subordinate) || standardWords.has(word))
      return outcome(text);
    if (endsClause(text)) subordinate = false;
    // "No customers blocked", "signed off with no material findings": a level of zero.
    if (zeroWords.has(word) && tokens[i + 1]) return outcome(text);
    // "deemed a success" is a bar cleared; "a success plan" is a document.
    const successPlan = runsOn(text) && tokens[i + 1] && !byWhom.has(tokens[i + 1].word);
    if (word === 'success' && tokens[i - 1]?.word === 'a' && !successPlan) return outcome(text);
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

  // Where the last number and the last duration stand, so "can handle 1TB" and "devotes 2d" are
  // read in one pass.
  let lastNumber = -1;
  let lastDuration = -1;
  for (let i = start; i < tokens.length; i++) {
    if (tokens[i].number) lastNumber = i;
    if (isDuration(tokens, i)) lastDuration = i;
  }
  let count = false;
  let number = false;
  let statement = statementStarts.has(head.word);
  let done: Token | undefined;
  let lastWord = '';
  subordinate = false;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i];
    const { word } = token;
    if (i > start && subordinators.has(word) && word !== 'to') subordinate = true;
    if (i > start && isUptake(tokens, i, subordinate)) return outcome(token.text);
    // "Each member devotes 2d per milestone": effort put in, not a result.
    if (effortVerbs.has(word) && lastDuration > i) return work(false, `…${shown(token.text)}`);
    if (word === 'can') {
      // "Users can recognize …" is uptake; "can handle 1TB" a level; "Users can search …" a feature.
      if (knowing.has(tokens[i + 1]?.word ?? '')) return outcome(tokens[i + 1].text);
      if (lastNumber <= i) return work(false, `${shown(tokens[i - 1]?.text ?? '')} can…`.trim());
    }
    if (endsClause(token.text)) subordinate = false;
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
