import { resolveRef, type Graph } from '../graph.ts';
import { didYouMeanText, suggest } from '../suggest.ts';
import { documentOf, refOf, type ContentDocument, type GraphNode, type Objective } from '../types.ts';
import type { Rule, RuleContext } from './context.ts';

type NodeKind = GraphNode['kind'];
const kindNames: Record<NodeKind, string> = {
  priority: 'priority',
  team: 'team',
  person: 'person',
  brief: 'brief',
  objective: 'objective',
  decision: 'decision',
  theme: 'theme',
  'not-now': 'not-now item',
  'key-result': 'key result',
  initiative: 'initiative',
};

/** Reference strings of every node, per kind, for "did you mean". Built once per graph, only when a reference is broken. */
const candidateCache = new WeakMap<Graph, Map<NodeKind, string[]>>();
function candidates(graph: Graph, kinds: readonly NodeKind[]): string[] {
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
  return kinds.flatMap((kind) => byKind.get(kind) ?? []);
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
  expected: readonly NodeKind[],
  noun: string,
  within?: Objective,
): GraphNode | undefined {
  const { graph, report } = context;
  const node = resolveRef(graph, ref, within);
  const names = expected.map((k) => kindNames[k]);
  const wanted = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
  if (!node) {
    if (graph.invalidRefs.has(ref) || (within && graph.invalidRefs.has(`${within.id}/${ref}`))) return undefined;
    const pool = candidates(graph, expected);
    const local = within
      ? pool.filter((c) => c.startsWith(`${within.id}/`)).map((c) => c.slice(within.id.length + 1))
      : [];
    const suggestion = suggest(ref, [...local, ...pool]);
    const suggested = suggestion === undefined ? undefined : resolveRef(graph, suggestion, within);
    report(
      document,
      path,
      'ref/unknown',
      `Unknown ${noun} "${ref}"${didYouMeanText(suggestion)}`,
      `Point at the id of an existing ${wanted}.`,
      [suggested && documentOf(suggested)],
    );
    return undefined;
  }
  if (!expected.includes(node.kind)) {
    report(
      document,
      path,
      'ref/wrong-kind',
      `${capitalise(noun)} "${ref}" is ${withArticle(kindNames[node.kind])}, not ${withArticle(wanted)}`,
      `Point at ${withArticle(wanted)}.`,
      [documentOf(node)],
    );
    return undefined;
  }
  const target = documentOf(node);
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

/** ref/unknown, ref/wrong-kind, ref/unpublished for every reference field except alignment (see alignment rules). */
export const references: Rule = (context) => {
  const { graph } = context;
  const hasPeople = graph.people.length > 0;
  const person = (
    document: ContentDocument,
    path: readonly (string | number)[],
    id: string | undefined,
    noun = 'person',
  ) => {
    if (id && hasPeople) checkReference(context, document, path, id, ['person'], noun);
  };
  for (const document of graph.documents) {
    switch (document.kind) {
      case 'priority':
        person(document, ['owner'], document.data.owner, 'owner');
        break;
      case 'person':
        if (document.data.team) checkReference(context, document, ['team'], document.data.team, ['team'], 'team');
        break;
      case 'team':
        person(document, ['lead'], document.data.lead, 'lead');
        if (document.data.parent)
          checkReference(context, document, ['parent'], document.data.parent, ['team'], 'parent team');
        break;
      case 'brief':
        person(document, ['owner'], document.data.owner, 'owner');
        document.data.themes.forEach((theme, i) =>
          checkReference(context, document, ['themes', i, 'priority'], theme.priority, ['priority'], 'priority'),
        );
        break;
      case 'decision':
        document.data.deciders.forEach((id, i) => person(document, ['deciders', i], id, 'decider'));
        document.data.affects.forEach((ref, i) =>
          checkReference(
            context,
            document,
            ['affects', i],
            ref,
            ['objective', 'key-result', 'theme', 'priority', 'brief'],
            'affected item',
          ),
        );
        document.data.supersedes.forEach((id, i) =>
          checkReference(context, document, ['supersedes', i], id, ['decision'], 'superseded decision'),
        );
        break;
      case 'objective':
        person(document, ['owner'], document.data.owner, 'owner');
        checkReference(context, document, ['team'], document.data.team, ['team'], 'team');
        document.data.keyResults.forEach((kr, i) => person(document, ['keyResults', i, 'owner'], kr.owner, 'owner'));
        document.data.initiatives.forEach((initiative, i) => {
          person(document, ['initiatives', i, 'owner'], initiative.owner, 'owner');
          initiative.keyResults.forEach((ref, k) =>
            checkReference(
              context,
              document,
              ['initiatives', i, 'keyResults', k],
              ref,
              ['key-result'],
              'key result',
              document,
            ),
          );
        });
        document.data.dependsOn.forEach((dependency, i) =>
          checkReference(
            context,
            document,
            ['dependsOn', i, 'ref'],
            dependency.ref,
            ['objective', 'key-result'],
            'dependency',
          ),
        );
        break;
    }
  }
};
