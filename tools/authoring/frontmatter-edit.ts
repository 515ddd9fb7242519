import { isMap, isSeq, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';

/**
 * Line-level edits of one document's frontmatter: the `yaml` package finds where a node ends,
 * and new lines are spliced in at the start of the following line, so every byte of the file
 * around them — comments, key order, quoting, the body, a byte order mark — stays as it was and
 * a diff shows only the added lines.
 */
export interface FrontmatterText {
  /** The whole file as read. */
  text: string;
  /** Offset of the frontmatter's first character in `text`. */
  start: number;
  /** The frontmatter, without its `---` lines. */
  yaml: string;
  /** `\r\n` when the file uses it, so added lines match their neighbours. */
  eol: string;
  document: Document.Parsed;
}

/** An edit that cannot be made by adding lines, with the reason in words an author reads. */
export class EditRefused extends Error {}

/** Splits a file into its frontmatter and parses it with positions; undefined for a file that has none. */
export function readFrontmatter(text: string): FrontmatterText | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const firstBreak = text.indexOf('\n', bom);
  if (firstBreak === -1 || text.slice(bom, firstBreak).trim() !== '---') return undefined;
  const start = firstBreak + 1;
  const close = /^(?:---|\.\.\.)[ \t]*\r?$/m;
  const rest = text.slice(start);
  const match = close.exec(rest);
  if (!match) return undefined;
  const yaml = rest.slice(0, match.index);
  const document = parseDocument(yaml, { keepSourceTokens: false, uniqueKeys: false });
  if (document.errors.length) return undefined;
  return { text, start, yaml, eol: text.slice(0, firstBreak + 1).endsWith('\r\n') ? '\r\n' : '\n', document };
}

/** A node's place: where it starts and where its last written character ends (trailing blank lines left out). */
export function contentEnd(front: FrontmatterText, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(front.yaml[end - 1]!)) end--;
  return end;
}

/** The column (0-based) of an offset in the frontmatter. */
export function columnOf(front: FrontmatterText, offset: number): number {
  return offset - (front.yaml.lastIndexOf('\n', offset - 1) + 1);
}

/** The column of the `-` that opens a block sequence item whose node starts at `offset`. */
export function dashColumn(front: FrontmatterText, offset: number): number {
  let at = offset - 1;
  while (at >= 0 && (front.yaml[at] === ' ' || front.yaml[at] === '\n' || front.yaml[at] === '\r')) at--;
  if (front.yaml[at] !== '-') throw new EditRefused('a list item is written in a form this command does not edit');
  return columnOf(front, at);
}

/** The file with `lines` added after the line that holds frontmatter offset `after`. */
export function insertLinesAfter(front: FrontmatterText, after: number, lines: readonly string[]): string {
  const lineEnd = front.yaml.indexOf('\n', Math.max(0, after - 1));
  // The frontmatter always ends with a line break before its closing `---`.
  const at = front.start + (lineEnd === -1 ? front.yaml.length : lineEnd + 1);
  return front.text.slice(0, at) + lines.map((line) => line + front.eol).join('') + front.text.slice(at);
}

/** The file with `lines` added before the line that holds frontmatter offset `before`. */
export function insertLinesBefore(front: FrontmatterText, before: number, lines: readonly string[]): string {
  const at = front.start + front.yaml.lastIndexOf('\n', before - 1) + 1;
  return front.text.slice(0, at) + lines.map((line) => line + front.eol).join('') + front.text.slice(at);
}

/** The file with the frontmatter characters [from, to) replaced. */
export function replaceRange(front: FrontmatterText, from: number, to: number, replacement: string): string {
  return front.text.slice(0, front.start + from) + replacement + front.text.slice(front.start + to);
}

/** The top-level mapping of the frontmatter, as a block mapping. */
export function topMapping(front: FrontmatterText): YAMLMap {
  const contents = front.document.contents;
  if (!isMap(contents) || contents.flow) throw new EditRefused('the frontmatter is not a block mapping');
  return contents;
}

/**
 * How far a block sequence's `-` sits right of its key, as the file writes it (`keyResults:`
 * then `  - id:` is 2); 2 when the file has no block sequence to learn from.
 */
export function sequenceIndent(front: FrontmatterText): number {
  for (const pair of topMapping(front).items) {
    const value = pair.value;
    if (isSeq(value) && !value.flow && value.items.length > 0) {
      const first = value.items[0] as Node;
      return dashColumn(front, first.range![0]) - columnOf(front, (pair.key as Node).range![0]);
    }
  }
  return 2;
}

/** A string as YAML writes it double-quoted; JSON's escapes are all valid in YAML. */
export function quoted(text: string): string {
  return JSON.stringify(text);
}
