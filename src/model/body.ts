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

/**
 * Finds inline links, link definitions and fenced blocks in a body, line by line, skipping
 * code. A full Markdown parse is left to the site build; `check` needs only places.
 */
export function scanBody(source: SourceFile): { links: BodyLink[]; fences: FencedBlock[] } {
  const links: BodyLink[] = [];
  const fences: FencedBlock[] = [];
  const lines = source.body.split('\n');
  let fence: { marker: string; block: FencedBlock } | undefined;
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    const line = source.bodyLine + i;
    const opener = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(text);
    if (fence) {
      if (opener && opener[1]!.startsWith(fence.marker) && text.trim() === opener[1]) {
        fences.push(fence.block);
        fence = undefined;
      } else {
        fence.block.lines.push(text);
      }
      return;
    }
    if (opener) {
      fence = { marker: opener[1]!, block: { lang: opener[2]!.toLowerCase(), lines: [], line: line + 1 } };
      return;
    }
    if (/^( {4}|\t)/.test(text)) return;
    const visible = text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const m of visible.matchAll(/\]\(\s*<?([^)\s>]+)/g)) {
      links.push({ url: m[1]!, line, column: m.index + m[0].indexOf(m[1]!) + 1 });
    }
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/.exec(visible);
    if (definition) links.push({ url: definition[1]!, line, column: visible.indexOf(definition[1]!) + 1 });
  });
  if (fence) fences.push(fence.block);
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
    return node ? { kind: 'document', node, fragment } : { kind: 'broken', reason: `Unknown document "${ref}"`, candidates: [...graph.nodes.keys()] };
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
  return document ? { kind: 'document', node: document, fragment } : { kind: 'broken', reason: `No document at "${target}" (resolved to ${key})`, candidates: [...byKey.keys()] };
}

/** Percent-decodes a link target; a malformed escape (`%zz`) is kept as written, so the link is reported, not thrown on. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
