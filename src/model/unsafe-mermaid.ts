/**
 * What an author diagram may not contain, found in one left-to-right pass per pattern: these
 * run on every line of every Mermaid block of a pull request, so none may backtrack.
 */

/** Where in a line something unsafe starts, and what it is. */
export interface UnsafeMermaid {
  /** 0-based column of the first match. */
  index: number;
  /** What was found, for the message: "a `click` directive". */
  what: string;
}

/** `click` after the start, a space or `;`, followed by a space. */
const click = /(?<=^|[\s;])click\s/i;
/** Spaces, matched at one place only. */
const spaces = /\s*/y;
/** Characters the `.` of a pattern does not match: a line break ends a would-be `%%{ … init`. */
const lineBreak = /[\n\r\u2028\u2029]/g;
const init = /init/gi;

/** The patterns in the order they are looked for; the first that matches a line is the one reported. */
const patterns: [(line: string) => number, string][] = [
  [(line) => line.search(click), 'a `click` directive'],
  [(line) => line.search(/href/i), 'an `href`'],
  [(line) => line.search(/javascript:/i), 'a `javascript:` URL'],
  [htmlTag, 'HTML in a label'],
  [initDirective, 'an `init` directive'],
  // Any other directive, and the settings that restyle a diagram with the author's CSS.
  [(line) => line.indexOf('%%{'), 'a `%%{…}%%` directive'],
  [(line) => line.search(/themeCSS/i), 'a `themeCSS` setting'],
  [(line) => line.search(/themeVariables/i), 'a `themeVariables` setting'],
];

/** The first unsafe thing in one line of a Mermaid block, if any. */
export function findUnsafeMermaid(line: string): UnsafeMermaid | undefined {
  for (const [find, what] of patterns) {
    const index = find(line);
    if (index >= 0) return { index, what };
  }
  return undefined;
}

/**
 * The first `<tag…>`: a `<`, optional spaces, an optional `/`, optional spaces, then a letter
 * or `!`, with a `>` anywhere after it (what `<\s*\/?\s*[a-z!][^>]*>` matches, without trying
 * every `<` against the rest of the line).
 */
function htmlTag(line: string): number {
  const lastClose = line.lastIndexOf('>');
  for (let at = line.indexOf('<'); at >= 0 && at < lastClose; at = line.indexOf('<', at + 1)) {
    let letter = skipSpaces(line, at + 1);
    if (line[letter] === '/') letter = skipSpaces(line, letter + 1);
    if (letter < lastClose && /[a-z!]/i.test(line[letter]!)) return at;
  }
  return -1;
}

function skipSpaces(line: string, from: number): number {
  spaces.lastIndex = from;
  spaces.test(line);
  return spaces.lastIndex;
}

/**
 * The first `%%{` followed by `init` before the next line break (what `%%\{.*init` matches).
 * The `%%{`, the breaks and the next `init` are each searched for forward only.
 */
function initDirective(line: string): number {
  /** The first `init` at or after some point of the search so far; -1 when there is none. */
  let nextInit = -2;
  for (let at = line.indexOf('%%{'); at >= 0;) {
    lineBreak.lastIndex = at;
    const end = lineBreak.exec(line)?.index ?? line.length;
    if (nextInit !== -1 && nextInit < at + 3) {
      init.lastIndex = at + 3;
      nextInit = init.exec(line)?.index ?? -1;
    }
    if (nextInit === -1) return -1;
    if (nextInit < end) return at;
    // Every `%%{` before this break fails the same way.
    at = line.indexOf('%%{', end + 1);
  }
  return -1;
}
