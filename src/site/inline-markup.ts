/**
 * Markup removed from a line of a body for the search index, each in one forward pass: these
 * run on every line an author writes, and the regular expressions they replace tried every
 * `<`, `[` or `_` of a line against the rest of it, which is quadratic on a long line. Each
 * function does exactly what the pattern in its comment did with `replace(pattern, …)`.
 */

/** A character `.` does not match. */
const lineBreak = /[\n\r\u2028\u2029]/g;
/** Spaces, at one place only. */
const spaces = /\s*/y;

/** `/<!--.*?-->/g` → a space. */
export function removeComments(line: string): string {
  let out = '';
  let from = 0;
  // The next break and the next `-->` at or after some point; searched again only once passed.
  let nextBreak = -1;
  let nextClose = -1;
  for (let at = line.indexOf('<!--'); at >= 0;) {
    if (nextBreak < at) nextBreak = nextIndex(lineBreak, line, at);
    if (nextClose !== line.length && nextClose < at + 4) nextClose = indexOrEnd(line, '-->', at + 4);
    if (nextClose < nextBreak) {
      out += `${line.slice(from, at)} `;
      from = nextClose + 3;
      at = line.indexOf('<!--', from);
    } else {
      // Every `<!--` before this break fails the same way.
      at = nextBreak < line.length ? line.indexOf('<!--', nextBreak + 1) : -1;
    }
  }
  return out + line.slice(from);
}

/** `/<\/?[A-Za-z][^>]*>/g` → a space. */
export function removeTags(line: string): string {
  let out = '';
  let from = 0;
  for (let at = line.indexOf('<'); at >= 0;) {
    const letter = line[at + 1] === '/' ? at + 2 : at + 1;
    if (!isAsciiLetter(line.charCodeAt(letter))) {
      at = line.indexOf('<', at + 1);
      continue;
    }
    const close = line.indexOf('>', letter + 1);
    // No `>` left: no later `<` can close either.
    if (close < 0) break;
    out += `${line.slice(from, at)} `;
    from = close + 1;
    at = line.indexOf('<', from);
  }
  return out + line.slice(from);
}

/**
 * `/!?\[([^\]]*)\]\([^)]*\)/g` (`[text](url)`, `opener` `(`) or `/!?\[([^\]]*)\]\[[^\]]*\]/g`
 * (`[text][label]`, `opener` `[`) → the text.
 */
export function unwrapLinks(line: string, opener: '(' | '['): string {
  const closer = opener === '(' ? ')' : ']';
  let out = '';
  let from = 0;
  for (let at = line.indexOf('['); at >= 0;) {
    const textEnd = line.indexOf(']', at + 1);
    // No `]` left: no later `[` can close either.
    if (textEnd < 0) break;
    if (line[textEnd + 1] !== opener) {
      // Every `[` before this `]` closes at it and fails the same way.
      at = line.indexOf('[', textEnd + 1);
      continue;
    }
    const end = line.indexOf(closer, textEnd + 2);
    // Any later link would need a closer after this one's.
    if (end < 0) break;
    const start = at > from && line[at - 1] === '!' ? at - 1 : at;
    out += line.slice(from, start) + line.slice(at + 1, textEnd);
    from = end + 1;
    at = line.indexOf('[', from);
  }
  return out + line.slice(from);
}

/** Whether the whole line is a table's delimiter row: `/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/`. */
export function isTableDelimiterRow(line: string): boolean {
  let at = skipSpaces(line, 0);
  if (line[at] === '|') at = skipSpaces(line, at + 1);
  at = delimiterCell(line, at);
  while (at >= 0) {
    if (at === line.length) return true;
    if (line[at] !== '|') return false;
    at = skipSpaces(line, at + 1);
    if (at === line.length) return true;
    at = delimiterCell(line, at);
  }
  return false;
}

/** `:?-{3,}:?\s*` from `at`: where it ends, or -1. */
function delimiterCell(line: string, at: number): number {
  let end = line[at] === ':' ? at + 1 : at;
  const dashes = end;
  while (line[end] === '-') end++;
  if (end - dashes < 3) return -1;
  if (line[end] === ':') end++;
  return skipSpaces(line, end);
}

/** `/\*+|~~|`+|(?<!\w)_+|_+(?!\w)/g` → nothing: emphasis, strikethrough and code markers; underscores inside a word stay. */
export function removeEmphasis(line: string): string {
  let out = '';
  for (let at = 0; at < line.length;) {
    const char = line[at]!;
    if (char === '*' || char === '`') {
      while (line[at] === char) at++;
    } else if (char === '~' && line[at + 1] === '~') {
      at += 2;
    } else if (char === '_') {
      let end = at;
      while (line[end] === '_') end++;
      const inWord =
        at > 0 && isWordChar(line.charCodeAt(at - 1)) && end < line.length && isWordChar(line.charCodeAt(end));
      if (inWord) out += line.slice(at, end);
      at = end;
    } else {
      out += char;
      at++;
    }
  }
  return out;
}

function nextIndex(pattern: RegExp, line: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(line)?.index ?? line.length;
}

function indexOrEnd(line: string, text: string, from: number): number {
  const at = line.indexOf(text, from);
  return at < 0 ? line.length : at;
}

function skipSpaces(line: string, from: number): number {
  spaces.lastIndex = from;
  spaces.test(line);
  return spaces.lastIndex;
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}
