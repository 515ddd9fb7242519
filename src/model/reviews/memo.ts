import type { Graph } from '../graph.ts';

const memos = new WeakMap<Graph, Map<string, unknown>>();

/**
 * A value worked out once per graph and key: every review page of a cycle reads the same
 * analysis, so the walk over the cycle's goals happens once per build, not once per page.
 */
export function memoOn<T>(graph: Graph, key: string, compute: () => T): T {
  let memo = memos.get(graph);
  if (!memo) memos.set(graph, (memo = new Map()));
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
