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
    const wanted = url.startsWith('id:') ? decode(url.slice(3).split('#')[0]!) : url;
    // A document that failed validation is reported where it is written, not at every link to it.
    if (url.startsWith('id:') && graph.invalidRefs.has(wanted)) return undefined;
    const objective = wanted.slice(0, wanted.indexOf('/'));
    const items = objective ? keyResultIds(graph, objective) : undefined;
    // Under an objective that exists, the key result is what was misspelt: compared alone, it is not hidden by the shared prefix.
    const item = items && suggest(wanted.slice(objective.length + 1), [...items, ...initiativeIds(graph, objective)]);
    const suggestion = items ? item && `${objective}/${item}` : suggest(wanted, target.candidates);
    return {
      reason: `${target.reason}${suggestion || !items ? didYouMeanText(suggestion) : keyResultList(objective, items)}`,
      mentions: [suggestedDocument(graph, suggestion ?? (items ? objective : undefined))],
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

/** The key result ids of an objective that exists; undefined when there is no such objective or it has none. */
function keyResultIds(graph: Graph, objective: string): string[] | undefined {
  if (graph.nodes.get(objective)?.kind !== 'objective') return undefined;
  const ids = (graph.keyResultsOf.get(objective) ?? []).map((kr) => kr.data.id);
  return ids.length ? ids : undefined;
}

function initiativeIds(graph: Graph, objective: string): string[] {
  const node = graph.nodes.get(objective);
  return node?.kind === 'objective' ? (node.data.initiatives ?? []).map((i) => i.id) : [];
}

/** `; "<objective>" has key results "a", "b"`, the first ten named, when none is close to what was written. */
function keyResultList(objective: string, ids: string[]): string {
  const named = ids.slice(0, 10).map((id) => `"${id}"`);
  const more = ids.length > 10 ? ` and ${ids.length - 10} more` : '';
  return `; "${objective}" has key results ${named.join(', ')}${more}`;
}

/** The document a "did you mean" names: a reference (`id:` links) or a file key (relative links). */
function suggestedDocument(graph: Graph, suggestion: string | undefined): ContentDocument | undefined {
  if (suggestion === undefined) return undefined;
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
  const urls = idUrlsOf(body);
  return !urls || urls.some((url) => brokenLink(graph, source, url) !== undefined);
}

/**
 * Every `id:` that could start a link's URL (after `(`, `<`, `:` or a space), or undefined when
 * the body may link in a way these do not cover (escapes, character references, `.md` paths, a
 * URL another could start inside). A body whose URLs all resolve has no broken link.
 */
export function idUrlsOf(body: string): string[] | undefined {
  if (/\\|&(?:#|[a-z][a-z0-9]*;)|\.md/i.test(body)) return undefined;
  const urls: string[] = [];
  const starts = /(?<![^\s(<:])id:/g;
  for (let m = starts.exec(body); m; m = starts.exec(body)) {
    // A URL runs to a space or `)`, or in `<…>` to the `>`; a longer reading only fails to resolve.
    const angled = body[m.index - 1] === '<';
    let end = m.index + 3;
    while (end < body.length && (angled ? !'>\n'.includes(body[end]!) : !' \t\r\n)'.includes(body[end]!))) end++;
    const url = body.slice(m.index, end);
    // With no `(`, `<` or second `:` in it, no other URL can start inside this one.
    if (/[(<]/.test(url) || url.includes(':', 3)) return undefined;
    urls.push(url);
    starts.lastIndex = end;
  }
  return urls;
}
