// What the align/* rules share: which node an `alignsTo` entry points at, and which links
// break the levels. One place decides which rule reports a link, so none reports it twice.
import { isCompanyLevel, objectiveOf, resolveRef, type Graph } from '../graph.ts';
import { teamForest } from '../team-ancestry.ts';
import type { GraphNode, Objective } from '../types.ts';
import type { Rule } from './rule-context.ts';
import { checkReference } from './references.ts';

/** What an objective may align to. */
const parentKinds = ['objective', 'key-result', 'theme'] as const;

/** One `alignsTo` entry of an objective that resolves to something an objective may align to. */
export interface AlignmentLink {
  /** Position in `alignsTo`. */
  index: number;
  ref: string;
  parent: GraphNode;
  /**
   * How the link breaks the levels, in the order the rules look: to the objective itself
   * (align/loop), to a theme from below company level, or to a team that is not an ancestor
   * (align/level). Absent when the link goes up as it should.
   */
  problem?: 'self' | 'theme-below-company' | 'outside-ancestors';
}

const linkMemo = new WeakMap<Graph, Map<Objective, AlignmentLink[]>>();

/**
 * An objective's resolved alignment links; entries that point at nothing or at the wrong kind
 * are left out, as the reference rules report them (see `alignmentReferences`). Memoised per
 * graph: the align/* rules all read them.
 */
export function alignmentLinks(graph: Graph, objective: Objective): AlignmentLink[] {
  let byObjective = linkMemo.get(graph);
  if (!byObjective) linkMemo.set(graph, (byObjective = new Map()));
  let links = byObjective.get(objective);
  if (!links) {
    links = [];
    // A repeated entry is reported once, as align/duplicate, and otherwise ignored.
    const seen = new Set<string>();
    objective.data.alignsTo.forEach((ref, index) => {
      if (seen.has(ref)) return;
      seen.add(ref);
      const parent = resolveRef(graph, ref);
      if (!parent || !(parentKinds as readonly string[]).includes(parent.kind)) return;
      const problem = linkProblem(graph, objective, parent);
      links!.push(problem ? { index, ref, parent, problem } : { index, ref, parent });
    });
    byObjective.set(objective, links);
  }
  return links;
}

function linkProblem(graph: Graph, objective: Objective, parent: GraphNode): AlignmentLink['problem'] {
  if (parent.kind === 'theme') return isCompanyLevel(graph, objective) ? undefined : 'theme-below-company';
  const parentObjective = objectiveOf(parent)!;
  if (parentObjective === objective) return 'self';
  // Constant time however deep the tree (team-ancestry.ts): a set of ancestors per team would be quadratic.
  return teamForest(graph).isAncestor(parentObjective.data.team, objective.data.team) ? undefined : 'outside-ancestors';
}

/** ref/unknown, ref/wrong-kind and ref/unpublished for `alignsTo`, the one reference field `references` leaves out. */
export const alignmentReferences: Rule = (context) => {
  for (const objective of context.graph.objectives) {
    const seen = new Set<string>();
    objective.data.alignsTo.forEach((ref, i) => {
      if (seen.has(ref)) return;
      seen.add(ref);
      checkReference(context, objective, ['alignsTo', i], ref, parentKinds, 'parent', undefined);
    });
  }
};
