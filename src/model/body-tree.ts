import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type remarkGfm from 'remark-gfm';
import type remarkParse from 'remark-parse';
import type { unified } from 'unified';
import { memoOnSource, type SourceFile } from './source.ts';

/** A body read as a Markdown tree (mdast), with positions relative to the body. */
export interface BodyTree {
  root: Root;
  /**
   * True when the MDX parser read it (a `.mdx` body that parses): the tree may then hold MDX
   * nodes (`mdxjsEsm`, `mdxFlowExpression`, `mdxTextExpression`, `mdxJsx…Element`).
   */
  mdx: boolean;
  /** True when the parser failed, as it does when lists or quotes nest thousands of levels deep: the tree is then empty. */
  tooDeep?: boolean;
}

// The parsers load on the first body that needs one: most runs of `check` with a cache parse
// no body, and loading them is a good part of such a run. Sätteri (Astro's MDX compiler, the
// one that renders `.mdx` bodies) is a native module: loaded only when a body is MDX.
const require = createRequire(import.meta.url);

/**
 * The one Markdown parse: GitHub-flavoured, as the renderer (src/render/markdown.ts) needs it.
 * The renderer runs its plugins on these trees rather than parsing again, so `check`, the
 * search index and the pages all read a body the same way.
 */
let markdown: { parse(text: string): unknown } | undefined;

/** Parses Markdown into a fresh tree (not memoised: for text that is not a document's body). */
export function parseMarkdown(text: string): Root {
  markdown ??= (require('unified') as { unified: typeof unified })
    .unified()
    .use((require('remark-parse') as { default: typeof remarkParse }).default)
    .use((require('remark-gfm') as { default: typeof remarkGfm }).default)
    .freeze();
  return markdown.parse(text) as Root;
}

let mdxToMdast: ((source: string) => unknown) | undefined;

/**
 * Parses a body: MDX with the parser the site compiles MDX with, else Markdown. An MDX body
 * with a syntax error (`mdx/syntax` reports it) is read as Markdown, so its links are still seen.
 */
export function parseBody(text: string, options: { mdx?: boolean } = {}): BodyTree {
  if (options.mdx) {
    mdxToMdast ??= (require('satteri') as { mdxToMdast: (source: string) => unknown }).mdxToMdast;
    try {
      return { root: mdxToMdast(text) as Root, mdx: true };
    } catch {
      // Fall through to Markdown.
    }
  }
  try {
    return { root: parseMarkdown(text), mdx: false };
  } catch {
    // Out of stack (V8 reports some of it as a RegExp SyntaxError): a content problem, reported, never thrown.
    return { root: { type: 'root', children: [] }, mdx: false, tooDeep: true };
  }
}

/** Characters a line's list and quote markers and their indentation are made of. */
const containerMarkup = new Set([...' \t>*+-.)0123456789']);

/**
 * Whether a body might nest deep enough to defeat the parser: only if some line starts with a
 * thousand characters of list and quote markup, since every level takes at least one.
 */
export function mayNestTooDeep(body: string): boolean {
  for (let start = 0; start < body.length;) {
    let end = start;
    while (end < body.length && containerMarkup.has(body[end]!)) end++;
    if (end - start >= 1000) return true;
    const next = body.indexOf('\n', end);
    if (next === -1) return false;
    start = next + 1;
  }
  return false;
}

const treeKey = Symbol.for('throughline.body-tree');

/**
 * A document's body tree, parsed once per source and process. Shared by every reader, so it
 * must never be changed: the renderer turns it into HTML without touching it.
 */
export function bodyTree(source: SourceFile): BodyTree {
  // Kept on the source (memoOnSource): the integration and the pages share one parse per body.
  return memoOnSource(source, treeKey, () => parseBody(source.body, { mdx: source.key.endsWith('.mdx') }));
}
