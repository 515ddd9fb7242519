import type { Graph } from './graph.ts';
import { parentForest, type ParentForest } from './walks.ts';

const memo = new WeakMap<Graph, ParentForest<string>>();

/**
 * The team tree by id (the first team of an id, as everywhere), analysed once per graph: its
 * loops, and ancestry answered in constant time, so rules that ask "is this team above that
 * one" for every objective stay linear however deep the tree.
 */
export function teamForest(graph: Graph): ParentForest<string> {
  let forest = memo.get(graph);
  if (!forest) {
    forest = parentForest([...graph.teamById.keys()], (id) => {
      const parent = graph.teamById.get(id)!.data.parent;
      return parent !== undefined && graph.teamById.has(parent) ? parent : undefined;
    });
    memo.set(graph, forest);
  }
  return forest;
}

/** Ancestor teams named in a message before the rest are counted instead. */
const named = 10;

/** The ancestor ids a message names, nearest first (at most ten), and how many more there are. */
export function namedAncestors(graph: Graph, teamId: string): { ids: string[]; more: number } {
  const count = teamForest(graph).ancestorCount(teamId);
  const ids: string[] = [];
  for (let id = graph.teamById.get(teamId)?.data.parent; id !== undefined && ids.length < Math.min(count, named);) {
    ids.push(id);
    id = graph.teamById.get(id)?.data.parent;
  }
  return { ids, more: count - ids.length };
}

/** A team's ancestor ids for a message, nearest first: `a, b, c`, or the nearest ten `and N more`; "none" without any. */
export function ancestorNames(graph: Graph, teamId: string): string {
  const { ids, more } = namedAncestors(graph, teamId);
  if (ids.length === 0) return 'none';
  return more > 0 ? `${ids.join(', ')} and ${more.toLocaleString('en')} more` : ids.join(', ');
}
