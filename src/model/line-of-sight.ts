import { resolveRef, type Graph } from './graph.ts';
import type { GraphNode, Objective } from './types.ts';

/** How an objective traces up to the strategy. */
export interface LineOfSight {
  /** True when the chain reaches a strategic priority. */
  traced: boolean;
  /** From the top (a priority, when traced) down to the objective itself; key results appear after their objective. */
  chain: GraphNode[];
}

const memo = new WeakMap<Graph, Map<string, LineOfSight>>();

/**
 * The first chain from the objective up to a priority, following `alignsTo` in order;
 * when none reaches a priority, the longest chain found. Memoised per graph, so pages
 * and rules share one walk.
 */
export function lineOfSight(graph: Graph, objective: Objective): LineOfSight {
  let cache = memo.get(graph);
  if (!cache) memo.set(graph, (cache = new Map()));
  return walk(graph, objective, cache, new Set());
}

function walk(graph: Graph, objective: Objective, cache: Map<string, LineOfSight>, visiting: Set<string>): LineOfSight {
  const cached = cache.get(objective.id);
  if (cached) return cached;
  if (visiting.has(objective.id)) return { traced: false, chain: [objective] };
  visiting.add(objective.id);
  let best: LineOfSight = { traced: false, chain: [objective] };
  for (const ref of objective.data.alignsTo) {
    const parent = resolveRef(graph, ref);
    const above = parent ? chainAbove(graph, parent, cache, visiting) : undefined;
    if (!above) continue;
    const candidate = { traced: above.traced, chain: [...above.chain, objective] };
    if (candidate.traced) {
      best = candidate;
      break;
    }
    if (candidate.chain.length > best.chain.length) best = candidate;
  }
  visiting.delete(objective.id);
  // A result found while a loop was open may be partial; only cache settled answers.
  if (best.traced || visiting.size === 0) cache.set(objective.id, best);
  return best;
}

function chainAbove(
  graph: Graph,
  node: GraphNode,
  cache: Map<string, LineOfSight>,
  visiting: Set<string>,
): LineOfSight | undefined {
  if (node.kind === 'objective') return walk(graph, node, cache, visiting);
  if (node.kind === 'key-result') {
    const above = walk(graph, node.objective, cache, visiting);
    return { traced: above.traced, chain: [...above.chain, node] };
  }
  if (node.kind === 'theme') {
    const priority = graph.nodes.get(node.data.priority);
    return priority?.kind === 'priority' ? { traced: true, chain: [priority, node] } : { traced: false, chain: [node] };
  }
  if (node.kind === 'priority') return { traced: true, chain: [node] };
  return undefined;
}
