/** What was left open where the YAML parser gave up: a quote or a `[` / `{`, with its offset. */
export interface OpenedAt {
  what: '"' | "'" | '[' | '{';
  offset: number;
}

/**
 * The quote or bracket still open at `end`, found in one pass over the text before it. js-yaml
 * notices an unclosed `"` or `[` only where the indentation falls back (often the next line, or
 * the closing `---`); the reader needs the line it opened on. A quote or bracket counts only at
 * the start of a value, as in YAML, so "it's" or "a [draft]" inside a plain value opens nothing.
 */
export function openedBefore(text: string, end: number): OpenedAt | undefined {
  const flows: OpenedAt[] = [];
  let quote: OpenedAt | undefined;
  let valueStart = true;
  let inPlain = false;
  let lineIndent = 0;
  // The indentation of the key whose value is a `|` or `>` block: its more indented lines are text, not syntax.
  let blockIndent = -1;
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (quote.what === '"' && c === '\\') i++;
      else if (c === quote.what) {
        // '' inside single quotes is an escaped quote, not the end.
        if (c === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      }
      continue;
    }
    if (c === '\n') {
      valueStart = true;
      if (!flows.length) inPlain = false;
      lineIndent = /^ */.exec(text.slice(i + 1, i + 201))![0].length;
      const blank = /^ *(?:\r?\n|$)/.test(text.slice(i + 1 + lineIndent, i + 3 + lineIndent));
      if (blockIndent >= 0 && (blank || lineIndent > blockIndent)) {
        const next = text.indexOf('\n', i + 1);
        i = (next === -1 ? text.length : next) - 1;
      } else blockIndent = -1;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < end && text[i + 1] !== '\n') i++;
      continue;
    }
    if (c === ' ' || c === '\t') continue;
    if (inPlain) {
      // A plain value ends at the line's end, or at `,` `]` `}` inside brackets.
      if (flows.length && (c === ',' || c === ']' || c === '}')) inPlain = false;
      else {
        if (c === ':' && /\s/.test(text[i + 1] ?? ' ')) ((inPlain = false), (valueStart = true));
        continue;
      }
    }
    if (valueStart && !flows.length && (c === '|' || c === '>')) {
      blockIndent = lineIndent;
      inPlain = true;
    } else if (valueStart && (c === '"' || c === "'")) {
      quote = { what: c, offset: i };
      valueStart = false;
    } else if (c === '[' || c === '{') {
      if (valueStart) flows.push({ what: c, offset: i });
      else inPlain = true;
      valueStart = true;
    } else if (c === ']' || c === '}') {
      flows.pop();
      valueStart = false;
    } else if (c === ',' || c === '-' || c === '?' || (c === ':' && /\s/.test(text[i + 1] ?? ' '))) {
      valueStart = true;
    } else {
      inPlain = true;
      valueStart = false;
    }
  }
  return quote ?? flows[0];
}

/** `key: value` of the line at `offset`, when its value starts with a character YAML reads as syntax (`*` alias, `&` anchor, `!` tag, `@`, backtick, `%`). */
export function valueReadAsSyntax(text: string, offset: number): { key: string; value: string } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
  const match = /^\s*(?:- +)?([^\s:#][^:#]*): +([*&!@`%].*)$/.exec(line);
  return match ? { key: match[1]!.trim(), value: match[2]!.trimEnd() } : undefined;
}
