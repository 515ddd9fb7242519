import type { Graph } from '../graph.ts';
import { documentOf, type GraphNode, type Objective } from '../types.ts';
import type { Entry } from './builder.ts';
import type { TreeItem } from './cap.ts';
import { alignedObjectives } from '../status.ts';

/** How far and how finely an alignment tree grows. */
export interface GrowOptions {
  /** Only objectives of this cycle are taken in. */
  cycle?: string;
  /** Key results as their own level between an objective and what aligns to them. */
  keyResults: boolean;
  /** Objective ids already in a tree; each objective is drawn once, under the first parent reached. */
  placed: Set<string>;
  /** Generations to grow below the roots; default: all. */
  depth?: number;
}

/** A tree item with no children yet. */
export function leaf(node: Entry['node'], edge: Entry['edge'] = 'aligns'): TreeItem<Entry> {
  return { value: { node, edge }, children: [] };
}

/**
 * Grows alignment trees breadth first from their roots, so an objective aligned to two parents
 * sits under the one nearer the top; its other alignments are drawn later as extra lines.
 */
export function growTrees(graph: Graph, roots: readonly TreeItem<Entry>[], options: GrowOptions): void {
  const queue: { item: TreeItem<Entry>; depth: number }[] = roots.map((item) => ({ item, depth: 0 }));
  for (let i = 0; i < queue.length; i++) {
    const { item, depth } = queue[i]!;
    if (options.depth !== undefined && depth >= options.depth) continue;
    for (const child of childrenOf(graph, item.value.node, options)) {
      if (child.node.kind === 'objective') {
        if (options.placed.has(child.node.id)) continue;
        options.placed.add(child.node.id);
      }
      const grown = { value: child, children: [] };
      item.children.push(grown);
      // A key result is part of its objective, not a generation of its own.
      queue.push({ item: grown, depth: child.node.kind === 'key-result' ? depth : depth + 1 });
    }
  }
}

function inCycle(objective: Objective, options: GrowOptions): boolean {
  return options.cycle === undefined || objective.data.cycle === options.cycle;
}

function childrenOf(graph: Graph, node: Entry['node'], options: GrowOptions): Entry[] {
  switch (node.kind) {
    case 'theme':
      return alignedObjectives(graph, node.ref)
        .filter((o) => inCycle(o, options))
        .map((o) => ({ node: o, edge: 'aligns' }));
    case 'key-result':
      return alignedObjectives(graph, node.ref)
        .filter((o) => inCycle(o, options))
        .map((o) => ({ node: o, edge: 'aligns' }));
    case 'objective': {
      if (!options.keyResults)
        return alignedObjectives(graph, node.id)
          .filter((o) => inCycle(o, options))
          .map((o) => ({ node: o, edge: 'aligns' }));
      const keyResults: Entry[] = (graph.keyResultsOf.get(node.id) ?? []).map((kr) => ({ node: kr, edge: 'measures' }));
      const direct = (graph.aligned.get(node.id) ?? []).filter(
        (a) => a.ref === node.id && a.child.published && inCycle(a.child, options),
      );
      return [...keyResults, ...direct.map((a): Entry => ({ node: a.child, edge: 'aligns' }))];
    }
    default:
      return [];
  }
}

/** How many items a forest holds. */
export function forestSize(roots: readonly TreeItem<Entry>[]): number {
  let count = 0;
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop()!;
    count++;
    stack.push(...item.children);
  }
  return count;
}

/** The boxes an objective's `alignsTo` points at, resolved; key results count as themselves. */
export function alignmentTargets(graph: Graph, objective: Objective): GraphNode[] {
  const targets: GraphNode[] = [];
  for (const ref of new Set(objective.data.alignsTo)) {
    const node = graph.nodes.get(ref);
    if (node && documentOf(node).published) targets.push(node);
  }
  return targets;
}
