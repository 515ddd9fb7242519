import { posix } from 'node:path';
import type { Graph } from './graph.ts';
import type { SourceFile } from './source.ts';
import type { ContentDocument, GraphNode } from './types.ts';

/** A link target written in a Markdown body, with its place in the file. */
export interface BodyLink {
  url: string;
  line: number;
  column: number;
}

/** A fenced code block of a body. */
export interface FencedBlock {
  lang: string;
  /** The block's lines, fences excluded. */
  lines: string[];
  /** 1-based file line of the first content line. */
  line: number;
}

/** A line of a body: prose, a fence line (opening or closing), or code inside a fenced block. */
export interface BodyLine {
  /** The line without its line break. */
  text: string;
  /** 0-based line of the body. */
  index: number;
  kind: 'prose' | 'fence' | 'code';
  /** The fenced block's language, lower-cased ('' when none), for fence and code lines. */
  lang?: string;
}

/** The lines of a body, each with whether it is prose or part of a fenced code block. */
export function* bodyLines(body: string): Generator<BodyLine> {
  let fence: { marker: string; lang: string } | undefined;
  let index = 0;
  for (const raw of body.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const opener = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (fence) {
      const closes = !!opener && opener[1]!.startsWith(fence.marker) && text.trim() === opener[1];
      yield { text, index, kind: closes ? 'fence' : 'code', lang: fence.lang };
      if (closes) fence = undefined;
    } else if (opener) {
      fence = { marker: opener[1]!, lang: opener[2]!.toLowerCase() };
      yield { text, index, kind: 'fence', lang: fence.lang };
    } else {
      yield { text, index, kind: 'prose' };
    }
    index++;
  }
}

/**
 * Finds inline links, link definitions and fenced blocks in a body, line by line, skipping
 * code. A full Markdown parse is left to the site build; `check` needs only places.
 */
export function scanBody(source: SourceFile): { links: BodyLink[]; fences: FencedBlock[] } {
  const links: BodyLink[] = [];
  const fences: FencedBlock[] = [];
  let block: FencedBlock | undefined;
  for (const { text, index, kind, lang } of bodyLines(source.body)) {
    const line = source.bodyLine + index;
    if (kind === 'fence') {
      if (block) fences.push(block);
      block = block ? undefined : { lang: lang!, lines: [], line: line + 1 };
      continue;
    }
    if (kind === 'code') {
      block!.lines.push(text);
      continue;
    }
    if (/^( {4}|\t)/.test(text)) continue;
    const visible = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const m of visible.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
      links.push({ url: m[1]!, line, column: m.index + m[0].indexOf(m[1]!) + 1 });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(visible);
    if (definition) links.push({ url: definition[1]!, line, column: visible.indexOf(definition[1]!) + 1 });
  }
  if (block) fences.push(block);
  return { links, fences };
}

/** What a body link points at. */
export type LinkTarget =
  | { kind: 'document'; node: GraphNode; fragment?: string }
  | { kind: 'external' }
  | { kind: 'broken'; reason: string; candidates: string[] };

const byKeyCache = new WeakMap<Graph, Map<string, ContentDocument>>();

/**
 * Resolves a body link: `id:<reference>` and relative paths to `.md` files are links to
 * documents and must resolve; anything else (http, mailto, site paths, fragments) is left alone.
 */
export function resolveBodyLink(graph: Graph, from: SourceFile, url: string): LinkTarget {
  const [target = '', fragment] = url.split('#', 2);
  if (target.startsWith('id:')) {
    const ref = decode(target.slice(3));
    const node = graph.nodes.get(ref);
    return node
      ? { kind: 'document', node, fragment }
      : { kind: 'broken', reason: `Unknown document "${ref}"`, candidates: [...graph.nodes.keys()] };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target === '' || target.startsWith('/')) return { kind: 'external' };
  if (!/\.mdx?$/i.test(target)) return { kind: 'external' };
  let byKey = byKeyCache.get(graph);
  if (!byKey) {
    byKey = new Map(graph.documents.map((d) => [d.source.key, d]));
    byKeyCache.set(graph, byKey);
  }
  const key = posix.normalize(posix.join(posix.dirname(from.key), decode(target)));
  const document = byKey.get(key);
  return document
    ? { kind: 'document', node: document, fragment }
    : { kind: 'broken', reason: `No document at "${target}" (resolved to ${key})`, candidates: [...byKey.keys()] };
}

/** Percent-decodes a link target; a malformed escape (`%zz`) is kept as written, so the link is reported, not thrown on. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
