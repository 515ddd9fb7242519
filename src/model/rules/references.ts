import { resolveRef, type Graph } from '../graph.ts';
import { kindNamed, labelOf, walkReferences } from '../kinds/index.ts';
import { didYouMean, didYouMeanText, suggest } from '../suggest.ts';
import { documentOf, refOf, type ContentDocument, type GraphNode } from '../types.ts';
import type { Rule, RuleContext } from './rule-context.ts';

/** Reference strings of every node, per kind, for "did you mean". Built once per graph, only when a reference is broken. */
const candidateCache = new WeakMap<Graph, Map<string, string[]>>();
function candidates(graph: Graph, kinds: readonly string[]): string[] {
  let byKind = candidateCache.get(graph);
  if (!byKind) {
    byKind = new Map();
    for (const node of graph.nodes.values()) {
      const list = byKind.get(node.kind) ?? [];
      list.push(refOf(node));
      byKind.set(node.kind, list);
    }
    candidateCache.set(graph, byKind);
  }
  // One list per combination of kinds, kept: suggest() budgets its work per list.
  const key = `\0${kinds.join('\0')}`;
  let list = byKind.get(key);
  if (!list) byKind.set(key, (list = kinds.flatMap((kind) => byKind.get(kind) ?? [])));
  return list;
}

/**
 * The node of an expected kind when two documents share the id (an objective with a team's id):
 * id/duplicate reports the clash once, at the documents, and references that name the
 * expected kind still find it, rather than being reported in every file that uses the id.
 */
function ofExpectedKind(
  graph: Graph,
  node: GraphNode | undefined,
  ref: string,
  expected: readonly string[],
): GraphNode | undefined {
  if (!node || expected.includes(node.kind)) return node;
  const same = graph.documentsById.get(ref);
  return (same && same.length > 1 && same.find((d) => expected.includes(d.kind))) || node;
}

/**
 * Resolves one reference and reports it when it points at nothing (ref/unknown, with the
 * closest existing reference of the expected kinds), at the wrong kind (ref/wrong-kind), or
 * from a published document at an unpublished one (ref/unpublished).
 */
export function checkReference(
  context: RuleContext,
  document: ContentDocument,
  path: readonly (string | number)[],
  ref: string,
  expected: readonly string[],
  noun: string,
  within?: ContentDocument,
): GraphNode | undefined {
  const { graph, report } = context;
  const node = ofExpectedKind(graph, resolveRef(graph, ref, within), ref, expected);
  const kindName = (kind: string) => labelOf(graph.kinds, kind)?.singular ?? kind;
  const names = expected.map(kindName);
  const wanted = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
  if (!node) {
    if (graph.invalidRefs.has(ref) || (within && graph.invalidRefs.has(`${within.id}/${ref}`))) return undefined;
    const pool = candidates(graph, expected);
    const local = within
      ? pool.filter((c) => c.startsWith(`${within.id}/`)).map((c) => c.slice(within.id.length + 1))
      : [];
    // The document's own items first (a bare id names one of them), then every reference of the expected kinds.
    const suggestion = (local.length ? suggest(ref, local) : undefined) ?? suggest(ref, pool);
    const suggested = suggestion === undefined ? undefined : resolveRef(graph, suggestion, within);
    report(
      document,
      path,
      'ref/unknown',
      `Unknown ${noun} "${ref}"${didYouMeanText(suggestion)}`,
      `Point at the id of an existing ${wanted}.`,
      [suggested && documentOf(suggested, graph.kinds)],
    );
    return undefined;
  }
  if (!expected.includes(node.kind)) {
    report(
      document,
      path,
      'ref/wrong-kind',
      `${capitalise(noun)} "${ref}" is ${withArticle(kindName(node.kind))}, not ${withArticle(wanted)}`,
      `Point at ${withArticle(wanted)}.`,
      [documentOf(node, graph.kinds)],
    );
    return undefined;
  }
  const target = documentOf(node, graph.kinds);
  if (document.published && !target.published && target !== document) {
    report(
      document,
      path,
      'ref/unpublished',
      `${capitalise(noun)} "${ref}" is a draft or restricted, so the published site cannot link to it`,
      'Publish the target, or remove the reference.',
      [target],
    );
  }
  return node;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * ref/unknown, ref/wrong-kind, ref/unpublished for every reference field each kind declares
 * (alignment is checked by the alignment rules). References to a kind content may do without
 * (people) are checked only once one exists.
 */
export const references: Rule = (context) => {
  const { graph } = context;
  const absent = new Set(
    graph.kinds.filter((kind) => kind.optional && !graph.documentsByKind.get(kind.kind)?.length).map((k) => k.kind),
  );
  for (const document of graph.documents) {
    walkReferences(kindNamed(graph.kinds, document.kind), document.data, (field, path, ref) => {
      if (field.to.every((kind) => absent.has(kind))) return;
      checkReference(context, document, path, ref, field.to, field.noun, field.within ? document : undefined);
    });
  }
};
