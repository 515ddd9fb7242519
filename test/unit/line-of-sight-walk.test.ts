import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRef, type Graph } from '../../src/model/graph.ts';
import { lineOfSight } from '../../src/model/line-of-sight.ts';
import { refOf, type GraphNode, type Objective } from '../../src/model/types.ts';

/**
 * A graph of objectives only as far as lineOfSight reads it: `links[i]` lists what objective i
 * aligns to: another objective's index, `k<index>` for its key result, `theme` (which traces)
 * or `lost` (a theme whose priority is gone).
 */
function graphOf(links: string[][]): Graph {
  const nodes = new Map<string, GraphNode>();
  const priority = { kind: 'priority', id: 'p', data: {} } as GraphNode;
  nodes.set('p', priority);
  nodes.set('c/theme', { kind: 'theme', ref: 'c/theme', data: { priority: 'p' } } as GraphNode);
  nodes.set('c/lost', { kind: 'theme', ref: 'c/lost', data: { priority: 'gone' } } as GraphNode);
  const ref = (link: string) =>
    link === 'theme' || link === 'lost' ? `c/${link}` : link.startsWith('k') ? `o${link.slice(1)}/kr` : `o${link}`;
  const objectives = links.map(
    (parents, i) => ({ kind: 'objective', id: `o${i}`, data: { alignsTo: parents.map(ref) } }) as unknown as Objective,
  );
  for (const objective of objectives) {
    nodes.set(objective.id, objective);
    nodes.set(`${objective.id}/kr`, { kind: 'key-result', ref: `${objective.id}/kr`, objective } as GraphNode);
  }
  return { objectives, nodes } as unknown as Graph;
}

/** The walk as it was: recursive, results kept only when traced or asked for directly. */
function reference(graph: Graph, objective: Objective) {
  const cache = new Map<string, { traced: boolean; chain: GraphNode[] }>();
  const walk = (o: Objective, visiting: Set<string>): { traced: boolean; chain: GraphNode[] } => {
    const cached = cache.get(o.id);
    if (cached) return cached;
    if (visiting.has(o.id)) return { traced: false, chain: [o] };
    visiting.add(o.id);
    let best = { traced: false, chain: [o] as GraphNode[] };
    for (const r of o.data.alignsTo) {
      const node = resolveRef(graph, r)!;
      let above: { traced: boolean; chain: GraphNode[] } | undefined;
      if (node.kind === 'objective') above = walk(node, visiting);
      else if (node.kind === 'key-result') {
        const up = walk(node.objective, visiting);
        above = { traced: up.traced, chain: [...up.chain, node] };
      } else if (node.kind === 'theme') {
        const p = graph.nodes.get(node.data.priority);
        above = p ? { traced: true, chain: [p, node] } : { traced: false, chain: [node] };
      }
      if (!above) continue;
      const candidate = { traced: above.traced, chain: [...above.chain, o] };
      if (candidate.traced) {
        best = candidate;
        break;
      }
      if (candidate.chain.length > best.chain.length) best = candidate;
    }
    visiting.delete(o.id);
    if (best.traced || visiting.size === 0) cache.set(o.id, best);
    return best;
  };
  return walk(objective, new Set());
}

const answer = (sight: { traced: boolean; chain: GraphNode[] }) => ({
  traced: sight.traced,
  chain: sight.chain.map(refOf),
});

/** Objectives that only align to objectives after them: no loops. */
const acyclic = fc
  .integer({ min: 1, max: 9 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.array(
          fc.oneof(
            fc.constantFrom('theme', 'lost'),
            ...(i + 1 < n
              ? [fc.integer({ min: i + 1, max: n - 1 }).chain((j) => fc.constantFrom(`${j}`, `k${j}`))]
              : []),
          ),
          { maxLength: 4 },
        ),
      ),
    ),
  );

describe('lineOfSight walk', () => {
  it('gives the answers of the recursive walk on any alignment without loops, repeats included', () => {
    fc.assert(
      fc.property(acyclic, (links) => {
        const graph = graphOf(links);
        for (const objective of graph.objectives)
          expect(answer(lineOfSight(graph, objective)), objective.id).toEqual(
            answer(reference(graphOf(links), graphOf(links).objectives[Number(objective.id.slice(1))]!)),
          );
      }),
      { numRuns: 1000 },
    );
  });

  it('traces exactly the objectives of a loop that reach a priority some way', () => {
    const links = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.array(
        fc.array(fc.oneof(fc.constantFrom('theme', 'lost'), fc.integer({ min: 0, max: n - 1 }).map(String)), {
          maxLength: 3,
        }),
        {
          minLength: n,
          maxLength: n,
        },
      ),
    );
    fc.assert(
      fc.property(links, (list) => {
        const graph = graphOf(list);
        const reaches = (i: number, seen = new Set<number>()): boolean =>
          list[i]!.some(
            (l) => l === 'theme' || (/^\d/.test(l) && !seen.has(Number(l)) && reaches(Number(l), seen.add(i))),
          );
        list.forEach((_, i) => {
          const sight = lineOfSight(graph, graph.objectives[i]!);
          expect(sight.traced, `o${i}`).toBe(reaches(i));
          const chain = sight.chain.map(refOf);
          expect(chain.at(-1)).toBe(`o${i}`);
          expect(sight.length).toBe(chain.length);
          expect(refOf(sight.top)).toBe(chain[0]);
          // A traced chain never passes an objective twice.
          if (sight.traced) expect(new Set(chain).size).toBe(chain.length);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('answers repeated parents, two parents per level and a chain of 50,000 in linear time', () => {
    const shapes = {
      repeated: Array.from({ length: 30 }, (_, i) => (i === 29 ? [] : Array<string>(10).fill(`${i + 1}`))),
      twoParents: Array.from({ length: 60 }, (_, i) => (i >= 58 ? [] : [`${i + 2 - (i % 2)}`, `${i + 3 - (i % 2)}`])),
      chain: Array.from({ length: 50_000 }, (_, i) => (i === 49_999 ? ['lost'] : [`k${i + 1}`])),
    };
    for (const [name, links] of Object.entries(shapes)) {
      const graph = graphOf(links);
      // Counted, not timed: lookups of nodes grow with the links, whatever the machine's speed.
      let lookups = 0;
      const nodes = graph.nodes;
      (graph as { nodes: Graph['nodes'] }).nodes = Object.assign(Object.create(nodes) as Graph['nodes'], {
        get: (key: string) => (lookups++, nodes.get(key)),
        has: (key: string) => (lookups++, nodes.has(key)),
      });
      for (const objective of graph.objectives) lineOfSight(graph, objective);
      expect(lineOfSight(graph, graph.objectives[0]!).traced, name).toBe(false);
      const size = links.reduce((sum, parents) => sum + parents.length + 1, 0);
      expect(lookups, name).toBeLessThan(8 * size);
      expect(lookups, name).toBeGreaterThanOrEqual(graph.objectives.length - 1);
    }
    const chain = graphOf(shapes.chain);
    expect(lineOfSight(chain, chain.objectives[0]!).length).toBe(100_000);
  });
});
