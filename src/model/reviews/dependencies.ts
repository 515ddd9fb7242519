import { cycleFitsUnder } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import type { GraphNode, Objective } from '../types.ts';

/** One `dependsOn` entry of an objective, with what it points at. */
export interface DependencyLink {
  objective: Objective;
  ref: string;
  why?: string;
  /** The objective or key result depended on. */
  provider: GraphNode;
  /** The objective providing it (the key result's objective for a key result). */
  providerObjective: Objective;
}

/** Why nobody on the providing side works on a dependency this cycle. */
export type Unprovided = DependencyLink & { reason: 'cancelled' | 'other-cycle' };

/** The published dependencies of a cycle's objectives whose provider is published (others are ref/unknown's). */
export function cycleDependencies(graph: Graph, cycle: string): DependencyLink[] {
  const links: DependencyLink[] = [];
  for (const objective of graph.objectivesByCycle.get(cycle) ?? []) {
    if (objective.data.status === 'cancelled') continue;
    for (const { ref, why } of objective.data.dependsOn) {
      const provider = graph.nodes.get(ref);
      const providerObjective =
        provider?.kind === 'objective' ? provider : provider?.kind === 'key-result' ? provider.objective : undefined;
      if (provider && providerObjective) links.push({ objective, ref, why, provider, providerObjective });
    }
  }
  return links;
}

/**
 * Dependencies that no objective of the providing team covers in the cycle: the objective
 * depended on was cancelled, or belongs to another cycle (last quarter's, even when done: a
 * team that needs it kept up this quarter is counting on work nobody planned).
 */
export function unprovidedDependencies(graph: Graph, cycle: string): Unprovided[] {
  const found: Unprovided[] = [];
  for (const link of cycleDependencies(graph, cycle)) {
    const { status, cycle: providerCycle } = link.providerObjective.data;
    if (status === 'cancelled') found.push({ ...link, reason: 'cancelled' });
    else if (!cycleFitsUnder(cycle, providerCycle)) found.push({ ...link, reason: 'other-cycle' });
  }
  return found;
}
