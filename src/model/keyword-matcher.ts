/**
 * Finds which of many keywords a text mentions, in one pass over the text however many
 * keywords there are. A keyword matches where it appears as whole words: the text around it
 * is not a letter or digit (Unicode `\p{L}`, `\p{N}`), case ignored the way a regular
 * expression with the `iu` flags ignores it (simple case folding); everything between its
 * first and last character must match exactly, spaces and punctuation included.
 *
 * Text and keywords are cut into tokens: runs of letters and digits, and single other
 * characters. Between two tokens, and at both ends, sits a marker saying whether each side is
 * a letter-or-digit run, so "the text around it" becomes part of the keyword's own token
 * sequence and matching is plain sequence search: an Aho–Corasick automaton over tokens.
 */

/** A node of the automaton: a token sequence that is a prefix of some keyword. */
interface State {
  next: Map<string, State>;
  /** The longest proper suffix of this sequence that is also a prefix of a keyword. */
  fail?: State;
  /** The nearest state along `fail` links where a keyword ends. */
  output?: State;
  /** Keywords (by index) that end here. */
  keywords: number[];
  /** The search in which this state's keywords were last reported; each is reported once per search. */
  reportedIn: number;
}

/** Matches a fixed list of keywords against any number of texts. */
export interface KeywordMatcher {
  /** The indexes (into the keyword list) of every keyword the text mentions. */
  find(text: string): Set<number>;
}

/** Builds the matcher once for a list of keywords; linear in their total length. */
export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  const state = (): State => ({ next: new Map(), keywords: [], reportedIn: -1 });
  const root = state();
  keywords.forEach((keyword, index) => {
    let node = root;
    for (const token of tokens(keyword)) {
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = state()));
      node = child;
    }
    node.keywords.push(index);
  });
  // Breadth first, so every shorter sequence has its links before a longer one needs them.
  const queue: State[] = [];
  for (const child of root.next.values()) {
    child.fail = root;
    queue.push(child);
  }
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    for (const [token, child] of node.next) {
      let fallback = node.fail!;
      while (fallback !== root && !fallback.next.has(token)) fallback = fallback.fail!;
      child.fail = fallback.next.get(token) ?? root;
      child.output = child.fail.keywords.length ? child.fail : child.fail.output;
      queue.push(child);
    }
  }

  let searches = 0;
  return {
    find(text) {
      const search = searches++;
      const found = new Set<number>();
      let node = root;
      for (const token of tokens(text)) {
        while (node !== root && !node.next.has(token)) node = node.fail!;
        node = node.next.get(token) ?? root;
        // States already reported in this search reported everything along their output links too.
        let hit: State | undefined = node.keywords.length ? node : node.output;
        while (hit && hit.reportedIn !== search) {
          hit.reportedIn = search;
          for (const index of hit.keywords) found.add(index);
          hit = hit.output;
        }
      }
      return found;
    },
  };
}

/** Whether each side of a token boundary is a run of letters and digits: A, or anything else (or the edge of the text): N. */
const markers = { NN: '\0NN', NA: '\0NA', AN: '\0AN' } as const;

/** The tokens of a text, case-folded, with a marker at both ends and between each two (see the file comment). */
function* tokens(text: string): Generator<string> {
  let previousWord = false;
  let run = '';
  for (const char of text) {
    const folded = fold(char);
    if (isWordChar(char)) {
      if (!previousWord) yield markers.NA;
      run += folded;
      previousWord = true;
      continue;
    }
    if (previousWord) {
      yield run;
      run = '';
      yield markers.AN;
    } else yield markers.NN;
    yield folded;
    previousWord = false;
  }
  if (previousWord) {
    yield run;
    yield markers.AN;
  } else yield markers.NN;
}

const wordChar = /[\p{L}\p{N}]/iu;
const wordChars = new Map<string, boolean>();

/** A letter or digit, by the same class and flags the keywords were once matched with. */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  let known = wordChars.get(char);
  if (known === undefined) wordChars.set(char, (known = wordChar.test(char)));
  return known;
}

const folds = new Map<string, string>();

/**
 * One representative per set of characters a case-insensitive Unicode regular expression
 * treats as equal: the lower case of the character's upper case (µ, Μ and μ all give μ), or its
 * lower case, whichever is one character the engine itself finds equal to it; otherwise the
 * character (ı stays ı). Worked out once per distinct character.
 */
export function fold(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : char;
  let folded = folds.get(char);
  if (folded !== undefined) return folded;
  folded = char;
  const lower = char.toLowerCase();
  const upperLower = char.toUpperCase().toLowerCase();
  if (lower !== char || upperLower !== char) {
    // Not ASCII, so never a pattern's syntax character.
    const same = new RegExp(`^${char}$`, 'iu');
    const candidate = [upperLower, lower].find((form) => [...form].length === 1 && same.test(form));
    if (candidate) folded = candidate;
  }
  folds.set(char, folded);
  return folded;
}
