import { resolveRef, type Graph } from './graph.ts';
import type { GraphNode, Objective } from './types.ts';
import { stronglyConnected } from './walks.ts';

/** How an objective traces up to the strategy. */
export interface LineOfSight {
  /** True when the chain reaches a strategic priority. */
  traced: boolean;
  /**
   * From the top (a priority, when traced) down to the objective itself; key results appear
   * after their objective. Built on each read, in the chain's length.
   */
  readonly chain: GraphNode[];
  /** The first node of the chain. */
  top: GraphNode;
  /** How many nodes the chain holds. */
  length: number;
}

/** A chain read from the bottom up; chains share their upper links, so every objective's costs one link. */
interface Link {
  node: GraphNode;
  up?: Link;
  length: number;
  traced: boolean;
  top: GraphNode;
}

const link = (node: GraphNode, up?: Link, traced = up?.traced ?? false): Link => ({
  node,
  up,
  length: (up?.length ?? 0) + 1,
  traced,
  top: up?.top ?? node,
});

const memo = new WeakMap<Graph, Map<string, Link>>();

/**
 * The first chain from the objective up to a priority, following `alignsTo` in order (a repeated
 * entry counts once); when none reaches a priority, the longest chain found (the first of the
 * longest). Worked out for every objective at once, memoised per graph, so pages and rules
 * share one walk, linear in the number of objectives and links.
 *
 * Objectives that align to each other in a loop (an error of its own, align/loop) are walked
 * from the first of them in the graph's order, each link back into the loop ending the chain
 * there; any of them with another way up then traces through it.
 */
export function lineOfSight(graph: Graph, objective: Objective): LineOfSight {
  let sights = memo.get(graph);
  if (!sights) memo.set(graph, (sights = walkAll(graph)));
  const found = sights.get(objective.id) ?? link(objective);
  return {
    traced: found.traced,
    top: found.top,
    length: found.length,
    get chain() {
      const chain: GraphNode[] = [];
      for (let at: Link | undefined = found; at; at = at.up) chain.push(at.node);
      return chain.reverse();
    },
  };
}

/** What an `alignsTo` entry points at, and the objective (itself, or its key result's) a walk goes on to. */
interface Parent {
  node: GraphNode;
  objective?: Objective;
}

/** Every objective's chain, by id: the first objective of an id answers for its duplicates. */
function walkAll(graph: Graph): Map<string, Link> {
  const first = new Map<string, Objective>();
  for (const objective of graph.objectives) if (!first.has(objective.id)) first.set(objective.id, objective);
  const objectives = [...first.values()];
  const parents = new Map<Objective, Parent[]>();
  const above = new Map<Objective, Objective[]>();
  for (const objective of objectives) {
    const list: Parent[] = [];
    for (const ref of new Set(objective.data.alignsTo)) {
      const node = resolveRef(graph, ref);
      if (!node) continue;
      const owner = node.kind === 'objective' ? node : node.kind === 'key-result' ? node.objective : undefined;
      list.push({ node, objective: owner && first.get(owner.id) });
    }
    parents.set(objective, list);
    above.set(
      objective,
      list.flatMap((p) => (p.objective ? [p.objective] : [])),
    );
  }

  const sights = new Map<string, Link>();
  /** An objective's chain as known so far; one still being walked counts as itself alone. */
  const sightOf = (objective: Objective) => sights.get(objective.id) ?? link(objective);
  /** The chain above one `alignsTo` target. */
  const chainAbove = (node: GraphNode, sight: (objective: Objective) => Link): Link | undefined => {
    if (node.kind === 'objective') return sight(first.get(node.id)!);
    if (node.kind === 'key-result') return link(node, sight(first.get(node.objective.id)!));
    if (node.kind === 'theme') {
      const priority = graph.nodes.get(node.data.priority);
      return priority?.kind === 'priority' ? link(node, link(priority, undefined, true)) : link(node);
    }
    if (node.kind === 'priority') return link(node, undefined, true);
    return undefined;
  };
  /** Whether `candidate` replaces `chosen`: the first traced chain wins, else the first of the longest. */
  const better = (candidate: Link, chosen: Link) =>
    !chosen.traced && (candidate.traced || candidate.length > chosen.length);
  const best = (objective: Objective, sight: (objective: Objective) => Link): Link => {
    let chosen = link(objective);
    for (const { node } of parents.get(objective)!) {
      const chain = chainAbove(node, sight);
      if (chain && better(link(objective, chain), chosen)) chosen = link(objective, chain);
      if (chosen.traced) break;
    }
    return chosen;
  };

  const order = new Map(objectives.map((objective, i) => [objective, i]));
  for (const component of stronglyConnected(objectives, (o) => above.get(o)!)) {
    const single = component[0]!;
    if (component.length === 1 && !above.get(single)!.includes(single)) {
      sights.set(single.id, best(single, sightOf));
      continue;
    }
    component.sort((a, b) => order.get(a)! - order.get(b)!);
    walkLoop(component, parents, (node) => chainAbove(node, sightOf), better, sights);
    // A member whose way up runs through another member traces once that one does.
    const members = new Set(component);
    const children = new Map<Objective, Objective[]>();
    for (const child of component)
      for (const parent of above.get(child)!) {
        if (!members.has(parent)) continue;
        const list = children.get(parent);
        if (list) list.push(child);
        else children.set(parent, [child]);
      }
    const tracedOnly = (objective: Objective) => (sightOf(objective).traced ? sightOf(objective) : link(objective));
    const queue = component.filter((objective) => sightOf(objective).traced);
    for (let i = 0; i < queue.length; i++) {
      for (const child of children.get(queue[i]!) ?? []) {
        if (sightOf(child).traced) continue;
        const traced = best(child, tracedOnly);
        if (!traced.traced) continue;
        sights.set(child.id, traced);
        queue.push(child);
      }
    }
  }
  return sights;
}

/**
 * The members of one loop, walked depth first from each in turn as the line of sight was
 * always walked: parents in order, stopping at the first traced chain, an objective still open
 * on the path counting as a chain of itself alone; every member's chain is kept as found.
 */
function walkLoop(
  members: Objective[],
  parents: Map<Objective, Parent[]>,
  chainAbove: (node: GraphNode) => Link | undefined,
  better: (candidate: Link, chosen: Link) => boolean,
  sights: Map<string, Link>,
): void {
  const inLoop = new Set(members);
  const open = new Set<Objective>();
  const stack: { objective: Objective; i: number; chosen: Link }[] = [];
  const enter = (objective: Objective) => {
    open.add(objective);
    stack.push({ objective, i: 0, chosen: link(objective) });
  };
  for (const start of members) {
    if (sights.has(start.id)) continue;
    enter(start);
    while (stack.length) {
      const frame = stack.at(-1)!;
      const list = parents.get(frame.objective)!;
      if (frame.i < list.length && !frame.chosen.traced) {
        const { node, objective } = list[frame.i]!;
        if (objective && inLoop.has(objective) && !open.has(objective) && !sights.has(objective.id)) {
          enter(objective);
          continue;
        }
        frame.i++;
        const chain = chainAbove(node);
        if (chain && better(link(frame.objective, chain), frame.chosen)) frame.chosen = link(frame.objective, chain);
        continue;
      }
      stack.pop();
      open.delete(frame.objective);
      sights.set(frame.objective.id, frame.chosen);
    }
  }
}
