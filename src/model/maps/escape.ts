import { Memo } from './memo.ts';
import type { MapNodeKind } from './map.ts';

/** One letter per kind, so an id never collides across kinds nor with a Mermaid keyword (`end`, `graph`). */
const kindPrefix: Record<MapNodeKind | 'lane', string> = {
  priority: 'P',
  theme: 'T',
  objective: 'O',
  'key-result': 'K',
  team: 'G',
  decision: 'D',
  brief: 'B',
  more: 'M',
  unaligned: 'U',
  lane: 'L',
};

/**
 * A Mermaid node id for a reference: the same reference always gives the same id, so diagrams diff
 * cleanly between builds. References are lowercase words joined by single hyphens and one optional
 * slash, so mapping `-` to `_` and `/` to `__` can never make two references collide.
 */
export function mermaidId(kind: MapNodeKind | 'lane', ref: string): string {
  return ids.get(
    kind,
    ref,
    () =>
      `${kindPrefix[kind]}_${ref
        .replace(/[^A-Za-z0-9/-]/g, '')
        .replaceAll('/', '__')
        .replaceAll('-', '_')}`,
  );
}

const ids = new Memo<string>();

/**
 * Characters that mean something inside a quoted Mermaid label, written as Mermaid entity codes.
 * `#` first of all, because the codes themselves start with it; `"` ends the label; `<` `>` would
 * be read as HTML; `&` would start an HTML entity; a leading backtick opens a Markdown string;
 * `%%` starts a comment or, as `%%{`, a directive, wherever it stands (even inside quotes), so a
 * `%` before another `%` is written as a code and no `%%` is ever left. A lone `%` (`40%`) means
 * nothing to Mermaid and stays. Brackets, braces and pipes are plain text inside quotes and stay readable.
 */
const entities: Record<string, string> = {
  '#': '#35;',
  '%': '#37;',
  '"': '#quot;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/** Text made safe for a quoted Mermaid label or edge label: one line, no markup, entities for special characters. */
export function mermaidText(text: string): string {
  return texts.get('', text, () =>
    text
      // Control characters (newlines, tabs included) would end the statement or show as boxes.
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[#"&<>`]|%(?=%)/g, (char) => entities[char]!),
  );
}

const texts = new Memo<string>();

/** A quoted label for a node or an edge, with lines joined by `<br/>` (Mermaid's line break in every renderer). */
export function mermaidLabel(lines: readonly string[]): string {
  return `"${lines.map(mermaidText).filter(Boolean).join('<br/>')}"`;
}
