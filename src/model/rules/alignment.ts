// What the align/* rules share: which node an `alignsTo` entry points at, and which links
// break the levels. One place decides which rule reports a link, so none reports it twice.
import { isCompanyLevel, objectiveOf, resolveRef, type Graph } from '../graph.ts';
import { teamForest } from '../team-ancestry.ts';
import { forEachLoop, loopText } from '../walks.ts';
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
  // An unknown team is reported once, as ref/unknown; with no tree to place it in, its links are not judged by level.
  if (!graph.teamById.has(objective.data.team) || !graph.teamById.has(parentObjective.data.team)) return undefined;
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

/** An alignment loop, reported on the `alignsTo` entry that closes it. */
export interface AlignmentLoop {
  objective: Objective;
  /** The entry of `objective.alignsTo` that closes the loop. */
  index: number;
  /** The whole loop, from `objective` round to it again. */
  text: string;
  /** The objectives the message names: all of a short loop, the first ten of a long one. */
  members: Objective[];
}

const loopMemo = new WeakMap<Graph, { loops: AlignmentLoop[]; closing: Set<string> }>();

/**
 * Loops among objectives (through themselves or their key results), found once per graph. The
 * walk starts from the deepest teams, so the entry that closes a loop is the one that goes down
 * the levels; align/level leaves that entry to align/loop, so one mistake gives one error.
 */
export function alignmentLoops(graph: Graph): { loops: AlignmentLoop[]; closes: (o: Objective, i: number) => boolean } {
  let found = loopMemo.get(graph);
  if (!found) {
    const loops: AlignmentLoop[] = [];
    const closing = new Set<string>();
    const parentsOf = (objective: Objective): Objective[] =>
      [...new Set(objective.data.alignsTo)]
        .map((ref) => objectiveOf(graph.nodes.get(ref)))
        .filter((o): o is Objective => !!o && o !== objective);
    const forest = teamForest(graph);
    const depth = (o: Objective) => (graph.teamById.has(o.data.team) ? forest.ancestorCount(o.data.team) : 0);
    const deepestFirst = [...graph.objectives].sort((a, b) => depth(b) - depth(a));
    // Iterative and linear (walks.ts): a loop of thousands of objectives neither overflows the stack nor slows down.
    forEachLoop(
      deepestFirst,
      parentsOf,
      (o) => o.id,
      (objective, parent, path, start) => {
        const index = objective.data.alignsTo.findIndex((ref) => ref === parent.id || ref.startsWith(`${parent.id}/`));
        closing.add(`${objective.id}\0${index}`);
        const count = path.length - start;
        loops.push({
          objective,
          index,
          // Read from the entry reported: this objective, the one it aligns to, and on round to itself.
          text: loopText(count, (i) => (i === 0 ? objective : path[start + i - 1]!).id, objective.id),
          members: [objective, ...path.slice(start, start + (count <= 12 ? count - 1 : 10))],
        });
      },
    );
    loopMemo.set(graph, (found = { loops, closing }));
  }
  const { loops, closing } = found;
  return { loops, closes: (objective, index) => closing.has(`${objective.id}\0${index}`) };
}
