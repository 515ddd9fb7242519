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
// no body, and loading them is a good part of such a run.
const require = createRequire(import.meta.url);

/**
 * Parses Markdown into a fresh tree (not memoised: `bodyTree` keeps a document's).
 *
 * The one Markdown parse: GitHub-flavoured, as the renderer (src/render/markdown.ts) needs it.
 * The renderer runs its plugins on these trees rather than parsing again, so `check`, the
 * search index and the pages all read a body the same way.
 *
 * Two parsers give the same tree, positions included (test/unit/body-parsers.test.ts holds
 * them to it): Sätteri, the native one Astro renders Markdown with, reads a body about fifteen
 * times faster than remark-parse and allocates a fraction of it, which is a good share of a
 * large site's build. remark-parse reads what the native parser is not given: text longer than
 * `nativeLimit`, where some of its inline rules grow with the square of a paragraph's length
 * (16 KB of `a_b_c…` takes 30 ms, 64 KB half a second, a 2 MB file minutes); lists and quotes
 * that may nest too deep, where remark-parse fails cleanly and the body is reported; text that
 * is not well-formed UTF-16, which the native parser would change; and any text it fails on.
 */
export function parseMarkdown(text: string): Root {
  return parseNatively(text) ?? parseWithRemark(text);
}

/** The longest text, in UTF-16 units, the native parser is given: far beyond any objective's body. */
export const nativeLimit = 16 * 1024;

let native: ((text: string) => Root) | null | undefined;

/** Sätteri's parse of `text`, or undefined when it is not given this text or fails on it. */
export function parseNatively(text: string): Root | undefined {
  if (text.length > nativeLimit || !text.isWellFormed() || mayNestTooDeep(text)) return undefined;
  native ??= loadNative();
  try {
    // U+0000 becomes U+FFFD, as CommonMark asks and remark-parse does; same length, same positions.
    return native?.(text.includes('\0') ? text.replaceAll('\0', '\ufffd') : text);
  } catch {
    return undefined;
  }
}

function loadNative(): ((text: string) => Root) | null {
  try {
    const { markdownToMdast } = require('satteri') as typeof import('satteri');
    // A body has no front matter (it was split off); GFM only, as remark-gfm reads it.
    return (text) => markdownToMdast(text, { features: { gfm: true, frontmatter: false } }) as Root;
  } catch {
    // No native build for this platform: remark-parse reads everything.
    return null;
  }
}

let markdown: { parse(text: string): unknown } | undefined;

/** remark-parse with GFM: every text the native parser is not given, and the reference it is tested against. */
export function parseWithRemark(text: string): Root {
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
