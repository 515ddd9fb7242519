import { labelCycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import { documentOf, type Decision, type GraphNode } from '../types.ts';
import { MapBuilder, type Entry } from './builder.ts';
import type { TreeItem } from './cap.ts';
import type { MapOptions, StrategyMap } from './map.ts';
import { leaf } from './trees.ts';

/** Whether a node belongs to a cycle: a brief and its themes by id, an objective and its key results by their cycle. */
function inCycle(node: GraphNode, cycle: string): boolean {
  const document = documentOf(node);
  if (document.kind === 'brief') return document.id === cycle;
  return document.kind === 'objective' && document.data.cycle === cycle;
}

/**
 * The decision layer of a cycle: each decision taken during the cycle, or changing one of its goals,
 * with a line to every goal it changed (themes, objectives, key results, priorities, the brief).
 */
export function decisionMap(graph: Graph, cycle: string, options: MapOptions): StrategyMap {
  const builder = new MapBuilder(graph, options, cycle);
  const dates = graph.cycles.get(cycle);
  const decisions = graph.decisions.filter((decision) => {
    if (!decision.published) return false;
    if (dates && decision.data.date >= dates.start && decision.data.date <= dates.end) return true;
    return affected(graph, decision).some((node) => inCycle(node, cycle));
  });
  const placed = new Set<GraphNode>();
  const roots: TreeItem<Entry>[] = decisions.map((decision) => {
    const item = leaf(decision);
    for (const node of affected(graph, decision)) {
      // A goal changed by several decisions sits under the first; the others get a line.
      if (placed.has(node)) continue;
      placed.add(node);
      item.children.push(leaf(node, 'affects'));
    }
    return item;
  });
  builder.addTree(roots, 0);
  for (const decision of decisions) {
    const from = builder.has(decision);
    if (!from) continue;
    for (const node of affected(graph, decision)) {
      const to = builder.has(node);
      if (to) builder.edge(from, to, 'affects');
    }
  }
  return builder.finish(
    'decisions',
    `map-decisions-${cycle}`,
    `Decisions that changed goals in ${labelCycle(graph, cycle)}`,
  );
}

/** Kinds of goal a decision can change that maps draw. */
const goalKinds = new Set<GraphNode['kind']>(['priority', 'theme', 'objective', 'key-result', 'brief']);

/** What a decision changed, published and resolved. */
function affected(graph: Graph, decision: Decision): GraphNode[] {
  return decision.data.affects
    .map((ref) => graph.nodes.get(ref))
    .filter((node): node is GraphNode => !!node && goalKinds.has(node.kind) && documentOf(node).published);
}
