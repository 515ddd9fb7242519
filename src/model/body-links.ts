import { decode, resolveBodyLink } from './body.ts';
import type { Graph } from './graph.ts';
import { pageAnchors } from './page-anchors.ts';
import type { SourceFile } from './source.ts';
import { didYouMean, didYouMeanText, suggest } from './suggest.ts';
import { documentOf, type ContentDocument } from './types.ts';

/** What a fragment names, by how it begins (see `anchorOf`); anything else is a heading or a section. */
const anchorWords: [prefix: string, word: string][] = [
  ['kr-', 'key result'],
  ['initiative-', 'initiative'],
  ['theme-', 'theme'],
  ['not-now-', 'not-now item'],
];

/** Why a body link does not lead where it says, and the documents that reason names. */
export interface BrokenLink {
  reason: string;
  /** The target, or the document a "did you mean" suggests (the health page hides unpublished ones). */
  mentions: (ContentDocument | undefined)[];
}

/**
 * Why a body link does not lead where it says, with a likely intended target, or undefined when
 * it does. Links to documents must resolve, and their `#fragment` must name an id on the target's
 * page: a heading of its body, one of its items, or one of the page's sections (page-anchors.ts).
 */
export function brokenLink(graph: Graph, from: SourceFile, url: string): BrokenLink | undefined {
  const target = resolveBodyLink(graph, from, url);
  if (target.kind === 'external') return undefined;
  if (target.kind === 'broken') {
    const wanted = url.startsWith('id:') ? url.slice(3).split('#')[0]! : url;
    const suggestion = suggest(wanted, target.candidates);
    return {
      reason: `${target.reason}${didYouMeanText(suggestion)}`,
      mentions: [suggestion === undefined ? undefined : suggestedDocument(graph, suggestion)],
    };
  }
  if (!target.fragment) return undefined;
  const fragment = decode(target.fragment);
  const document = documentOf(target.node, graph.kinds);
  const anchors = pageAnchors(document, graph.kinds);
  if (anchors.unlisted || anchors.ids.has(fragment)) return undefined;
  const word = anchorWords.find(([prefix]) => fragment.startsWith(prefix))?.[1] ?? 'heading';
  const suggestion = didYouMean(
    `#${fragment}`,
    [...anchors.ids].map((id) => `#${id}`),
  );
  return {
    reason: `Cannot find ${word} "#${fragment}" in ${document.kind} "${document.id}"${suggestion}`,
    mentions: [document],
  };
}

/** The document a "did you mean" names: a reference (`id:` links) or a file key (relative links). */
function suggestedDocument(graph: Graph, suggestion: string): ContentDocument | undefined {
  const node = graph.nodes.get(suggestion);
  return node ? documentOf(node, graph.kinds) : graph.documents.find((d) => d.source.key === suggestion);
}

/**
 * Whether a body may link to a document at all, whatever the graph holds: what the check cache
 * keeps per file, so a body that cannot hold a broken link is not read again.
 */
export function mayLinkToDocuments(body: string): boolean {
  if (!body.includes('[') && !body.includes('<')) return false;
  return /\\|&(?:#|[a-z][a-z0-9]*;)|\.md/i.test(body) || /(?<![^\s(<:])id:/.test(body);
}

/**
 * Whether a body may hold a broken link, so `check` must read its tree. Parsing is most of what
 * checking a body costs, and most bodies need none: one with no `[` or `<` has no link at all, and
 * one where every `id:` written resolves (fragment included) has no broken `id:` link wherever its
 * links are. Escapes and character references can spell a URL differently from its text, and
 * relative `.md` links are not looked at here: either means a parse.
 */
export function mayHaveBrokenLinks(graph: Graph, source: SourceFile): boolean {
  const body = source.body;
  if (!body.includes('[') && !body.includes('<')) return false;
  return /\\|&(?:#|[a-z][a-z0-9]*;)|\.md/i.test(body) || !everyIdResolves(graph, source);
}

/** Whether every `id:` that could start a link's URL (after `(`, `<`, `:` or a space) names a target that exists. */
function everyIdResolves(graph: Graph, source: SourceFile): boolean {
  const body = source.body;
  const starts = /(?<![^\s(<:])id:/g;
  for (let m = starts.exec(body); m; m = starts.exec(body)) {
    // A URL runs to a space or `)`, or in `<…>` to the `>`; a longer reading only fails to resolve.
    const angled = body[m.index - 1] === '<';
    let end = m.index + 3;
    while (end < body.length && (angled ? !'>\n'.includes(body[end]!) : !' \t\r\n)'.includes(body[end]!))) end++;
    const url = body.slice(m.index, end);
    // With no `(`, `<` or second `:` in it, no other URL can start inside this one.
    if (/[(<]/.test(url) || url.includes(':', 3)) return false;
    if (brokenLink(graph, source, url)) return false;
    starts.lastIndex = end;
  }
  return true;
}
