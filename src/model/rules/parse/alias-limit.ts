import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** Aliases allowed in one frontmatter block: enough for reuse, too few for an alias bomb. */
export const maxAliases = 20;

/** The finding for frontmatter that uses more than `maxAliases` aliases. */
export function aliasLimitFinding(file: string, place: { line: number; column: number }): Finding {
  return {
    file,
    place,
    rule: 'parse/alias-limit',
    message: `Frontmatter uses more than ${maxAliases} YAML aliases`,
    hint: 'Write the values out instead of repeating them with `*alias`.',
  };
}

/**
 * How many times over aliases may multiply a frontmatter block (nodes and characters written
 * out, against the block's length), and the size any block may reach: twenty aliases of a
 * large list would otherwise turn a 1 MB file into 20 MB of pages.
 */
export const maxExpansion = 4;
export const expansionAllowance = 16 * 1024;

/** The finding for frontmatter whose aliases, written out, make it more than `maxExpansion` times larger. */
export function aliasExpansionFinding(
  file: string,
  place: { line: number; column: number },
  size: { nodes: number; characters: number },
): Finding {
  const format = (n: number) => n.toLocaleString('en');
  return {
    file,
    place,
    rule: 'parse/alias-limit',
    message: Number.isFinite(size.nodes)
      ? `YAML aliases expand the frontmatter to ${format(size.nodes)} nodes and ${format(size.characters)} characters of text, more than ${maxExpansion} times what is written`
      : 'A YAML alias stands inside the value it names, so the frontmatter would expand without end',
    hint: 'Write the values out instead of repeating them with `*alias`.',
  };
}

export default defineRule({
  id: 'parse/alias-limit',
  severity: 'error',
  summary: `Frontmatter uses at most ${maxAliases} YAML aliases, and they do not multiply its size.`,
  description:
    'YAML lets a value be named (`&a`) and repeated (`*a`). A few repeats save typing; a few levels of repeats of repeats (the "billion laughs") expand to millions of values and stall every check and build. Strategy documents never need many, so the reader stops counting at a small limit; and since a few aliases of a large list still multiply it, the frontmatter may not grow to more than four times what is written once its aliases are written out.',
  example: {
    file: 'decisions/2026-10-laughs.md',
    text: `---
id: 2026-10-laughs
title: A billion laughs
date: 2026-10-02
status: accepted
deciders: [jon-park]
a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]
---
`,
  },
});
