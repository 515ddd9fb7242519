import { posix } from 'node:path';
import Slugger from 'github-slugger';
import type { Point } from 'unist';
import { bodyTree } from './body-tree.ts';
import { canonicalRef } from './cycle-names.ts';
import { mermaidPreOffsets } from './html-diagrams.ts';
import type { Graph } from './graph.ts';
import { memoOnSource, type SourceFile } from './source.ts';
import type { ContentDocument, GraphNode } from './types.ts';

/** A link target written in a body (a link, an autolink or a definition), with its place in the file. */
export interface BodyLink {
  url: string;
  /** 1-based file line and column where the URL starts. */
  line: number;
  column: number;
}

/** A fenced code block with a language. */
export interface FencedBlock {
  /** The language as written after the fence (`mermaid`); the renderer compares it as is. */
  lang: string;
  /** The block's lines as written in the file (container indentation or `>` included), fences excluded. */
  lines: string[];
  /** 1-based file line of the first line. */
  line: number;
}

/** What `check`, maps and pages need from a body, read from its tree once. */
export interface BodyFacts {
  links: BodyLink[];
  fences: FencedBlock[];
  /** The ids the page gives the body's headings: `section-` and GitHub's slug of the heading text. */
  headingIds: string[];
  /**
   * True when the body makes ids that only rendering would tell (raw HTML headings and ids,
   * footnotes, JSX attributes): a link's fragment is then not checked against it.
   */
  unlistedIds: boolean;
  /** Body offsets of the text the page shows as prose (no code, HTML, URLs or MDX expressions). */
  texts: { start: Point; end: number }[];
  /** Where raw HTML `<pre class="mermaid">` start tags begin (html-diagrams.ts). */
  htmlDiagrams: { line: number; column: number }[];
  /** The body nests too deep to be read (see `BodyTree.tooDeep`): it has no facts. */
  tooDeep: boolean;
}

/** A node of mdast or of MDX's additions, as far as the facts and the search text need it. */
export interface AnyNode {
  type: string;
  children?: AnyNode[];
  value?: string;
  url?: string;
  lang?: string | null;
  attributes?: { name?: string }[];
  position?: { start: Point; end: Point };
}

const factsKey = Symbol.for('throughline.body-facts');

/** The links, fenced blocks, heading ids and prose of a body, from its tree; read once per source. */
export function bodyFacts(source: SourceFile): BodyFacts {
  return memoOnSource(source, factsKey, () => readFacts(source));
}

function readFacts(source: SourceFile): BodyFacts {
  const { root, mdx, tooDeep = false } = bodyTree(source);
  const body = source.body;
  const facts: BodyFacts = {
    links: [],
    fences: [],
    headingIds: [],
    unlistedIds: false,
    texts: [],
    htmlDiagrams: [],
    tooDeep,
  };
  const slugger = new Slugger();
  walk(root as AnyNode, (node) => {
    const start = node.position?.start;
    switch (node.type) {
      case 'text':
        if (start) facts.texts.push({ start, end: node.position!.end.offset! });
        return;
      case 'link':
      case 'definition':
        if (start) facts.links.push({ url: node.url!, ...filePoint(source, start, urlOffset(body, node)) });
        return;
      case 'code':
        if (start && node.lang) facts.fences.push(fenceOf(source, node));
        return;
      case 'heading':
        facts.headingIds.push(`section-${slugger.slug(headingText(node, mdx))}`);
        return;
      case 'html':
        if (/<h[1-6]\b|\s(?:id|name)\s*=/i.test(node.value!)) facts.unlistedIds = true;
        if (start)
          for (const at of mermaidPreOffsets(node.value!))
            facts.htmlDiagrams.push(filePoint(source, start, start.offset! + at));
        return;
      case 'footnoteDefinition':
        facts.unlistedIds = true;
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.attributes?.some((a) => a.name === 'id' || a.name === 'name')) facts.unlistedIds = true;
        return;
    }
  });
  return facts;
}

/** Visits a tree in document order, without recursion (nesting is the author's to choose). */
export function walk(root: AnyNode, visit: (node: AnyNode) => void): void {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    visit(node);
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** A heading's text as the page's slugger reads it: rehype-slug's for Markdown, the MDX plugin's (expressions included) for MDX. */
function headingText(heading: AnyNode, mdx: boolean): string {
  let text = '';
  walk(heading, (node) => {
    if (node.type === 'text') text += mdx ? node.value! : trimLines(node.value!);
    else if (node.type === 'inlineCode') text += mdx ? node.value! : node.value!.replace(/\r?\n|\r/g, ' ');
    else if (mdx && node.type === 'mdxTextExpression') text += node.value!;
  });
  return text;
}

/** Spaces and tabs around line breaks dropped, as mdast-util-to-hast does to text; a scan, so long runs of spaces stay linear. */
function trimLines(text: string): string {
  const lines = text.split(/\r?\n|\r/);
  if (lines.length === 1) return text;
  const blank = (line: string, i: number) => line[i] === ' ' || line[i] === '\t';
  return lines
    .map((line, n) => {
      let start = 0;
      let end = line.length;
      if (n > 0) while (start < end && blank(line, start)) start++;
      if (n < lines.length - 1) while (end > start && blank(line, end - 1)) end--;
      return line.slice(start, end);
    })
    .join('\n');
}

/** Where the URL of a link or definition starts: after `](` or `]:` and any `<`, or after an autolink's `<`. */
function urlOffset(body: string, node: AnyNode): number {
  const start = node.position!.start.offset!;
  if (node.type === 'definition') {
    let i = start + 1;
    while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
    return skipToDestination(body, i + 2);
  }
  if (body[start] === '<') return start + 1;
  if (body[start] !== '[') return start;
  const labelEnd = node.children?.at(-1)?.position?.end.offset ?? start + 1;
  const open = body.indexOf('](', labelEnd);
  return open === -1 ? start : skipToDestination(body, open + 2);
}

function skipToDestination(body: string, i: number): number {
  while (i < body.length && ' \t\r\n'.includes(body[i]!)) i++;
  return body[i] === '<' ? i + 1 : i;
}

function fenceOf(source: SourceFile, node: AnyNode): FencedBlock {
  const { start, end } = node.position!;
  const written = source.body.slice(start.offset, end.offset).split('\n');
  const count = node.value ? node.value.split('\n').length : 0;
  return {
    lang: node.lang!,
    lines: written.slice(1, 1 + count).map((line) => line.replace(/\r$/, '')),
    line: source.bodyLine + start.line,
  };
}

/** File line and column of a body offset at or after a known point of the same tree. */
export function filePoint(source: SourceFile, from: Point, offset: number): { line: number; column: number } {
  const body = source.body;
  let line = from.line;
  let lineStart = from.offset! - (from.column - 1);
  for (let i = body.indexOf('\n', from.offset); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line: source.bodyLine + line - 1, column: offset - lineStart + 1 };
}

/** Every match of a global pattern in the prose of a body, at its file line and column. */
export function findInProse(source: SourceFile, pattern: RegExp): { match: string; line: number; column: number }[] {
  const found: { match: string; line: number; column: number }[] = [];
  for (const { start, end } of bodyFacts(source).texts) {
    pattern.lastIndex = 0;
    // Each match is placed from the one before it, so a long paragraph is walked once, not once per match.
    let from: Point = start;
    for (const match of source.body.slice(start.offset, end).matchAll(pattern)) {
      const offset = start.offset! + match.index;
      const place = filePoint(source, from, offset);
      found.push({ match: match[0], ...place });
      from = { line: place.line - source.bodyLine + 1, column: place.column, offset };
    }
  }
  return found;
}

/** What a body link points at. */
export type LinkTarget =
  | { kind: 'document'; node: GraphNode; fragment?: string }
  | { kind: 'external' }
  | { kind: 'broken'; reason: string; candidates: string[] };

const byKeyCache = new WeakMap<Graph, Map<string, ContentDocument>>();
/** The lists a "did you mean" picks from, made once per graph rather than once per broken link. */
const referenceLists = new WeakMap<Graph, string[]>();
const keyLists = new WeakMap<Graph, string[]>();

function listOf(cache: WeakMap<Graph, string[]>, graph: Graph, make: () => Iterable<string>): string[] {
  let list = cache.get(graph);
  if (!list) cache.set(graph, (list = [...make()]));
  return list;
}

/**
 * What a body link names before any graph is known: a reference (`id:<reference>`), a file by
 * its key (a relative path to a `.md` file), or nothing (http, mailto, site paths, fragments).
 */
export function bodyLinkTarget(fromKey: string, url: string): { ref: string } | { key: string } | undefined {
  const target = url.split('#', 1)[0]!;
  // A brief may be named by its cycle as the company writes it: `id:FY21-Q3/growth`.
  if (target.startsWith('id:')) return { ref: canonicalRef(decode(target.slice(3))) };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target === '' || target.startsWith('/')) return undefined;
  if (!/\.mdx?$/i.test(target)) return undefined;
  return { key: posix.normalize(posix.join(posix.dirname(fromKey), decode(target))) };
}

/**
 * Resolves a body link: `id:<reference>` and relative paths to `.md` files are links to
 * documents and must resolve; anything else (http, mailto, site paths, fragments) is left alone.
 */
export function resolveBodyLink(graph: Graph, from: SourceFile, url: string): LinkTarget {
  const fragment = url.split('#', 2)[1];
  const target = bodyLinkTarget(from.key, url);
  if (!target) return { kind: 'external' };
  if ('ref' in target) {
    const node = graph.nodes.get(target.ref);
    return node
      ? { kind: 'document', node, fragment }
      : {
          kind: 'broken',
          reason: `Unknown document "${target.ref}"`,
          candidates: listOf(referenceLists, graph, () => graph.nodes.keys()),
        };
  }
  let byKey = byKeyCache.get(graph);
  if (!byKey) {
    byKey = new Map(graph.documents.map((d) => [d.source.key, d]));
    byKeyCache.set(graph, byKey);
  }
  const document = byKey.get(target.key);
  return document
    ? { kind: 'document', node: document, fragment }
    : {
        kind: 'broken',
        reason: `No document at "${url.split('#', 1)[0]}" (resolved to ${target.key})`,
        candidates: listOf(keyLists, graph, () => byKey.keys()),
      };
}

/** Percent-decodes a link target; a malformed escape (`%zz`) is kept as written, so the link is reported, not thrown on. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
