import { describe, expect, it } from 'vitest';
import { forEachLoop, loopText, parentForest, stronglyConnected } from '../../src/model/walks.ts';

/** A graph from `a>b` pairs: a links to b. */
function graph(...links: string[]) {
  const next = new Map<string, string[]>();
  for (const link of links) {
    const [from, to] = link.split('>') as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  return { nodes: [...next.keys()], next: (node: string) => next.get(node) ?? [] };
}

describe('stronglyConnected', () => {
  it('lists each component once, every one after the components it leads to', () => {
    const { nodes, next } = graph('a>b', 'b>c', 'c>b', 'c>d', 'e>e', 'f>a');
    const components = stronglyConnected(nodes, next).map((c) => c.sort().join(''));
    expect([...components].sort()).toEqual(['a', 'bc', 'd', 'e', 'f']);
    const at = (id: string) => components.findIndex((c) => c.includes(id));
    expect(at('d')).toBeLessThan(at('b'));
    expect(at('b')).toBeLessThan(at('a'));
    expect(at('a')).toBeLessThan(at('f'));
  });

  it('walks a chain of 200,000 without recursion', () => {
    const nodes = Array.from({ length: 200_000 }, (_, i) => i);
    const components = stronglyConnected(nodes, (i) => (i + 1 < nodes.length ? [i + 1] : [0]));
    expect(components).toHaveLength(1);
    expect(components[0]).toHaveLength(200_000);
  });
});

describe('forEachLoop', () => {
  it('reports every link back to an open node, with the loop on the path, as a recursive walk would', () => {
    const { nodes, next } = graph('a>b', 'b>c', 'c>a', 'c>b', 'd>d', 'e>a');
    const loops: string[] = [];
    forEachLoop(
      nodes,
      next,
      (n) => n,
      (from, to, path, start) => loops.push(`${from}>${to}: ${path.slice(start).join('')}`),
    );
    expect(loops).toEqual(['c>a: abc', 'c>b: bc', 'd>d: d']);
  });

  it('finds the one loop of a ring of 200,000 without recursion', () => {
    const n = 200_000;
    const loops: number[] = [];
    forEachLoop(
      Array.from({ length: n }, (_, i) => i),
      (i) => [(i + 1) % n],
      (i) => i,
      (_from, _to, path, start) => loops.push(path.length - start),
    );
    expect(loops).toEqual([n]);
  });
});

describe('parentForest', () => {
  const parents: Record<string, string | undefined> = {
    root: undefined,
    a: 'root',
    b: 'a',
    c: 'b',
    x: 'y',
    y: 'z',
    z: 'x',
    tail: 'y',
    below: 'tail',
    orphan: 'missing',
    self: 'self',
  };
  const nodes = Object.keys(parents);
  const forest = parentForest(nodes, (n) => (parents[n] && parents[n] in parents ? parents[n] : undefined));

  it('finds each loop once, starting from its first member given', () => {
    expect(forest.loops).toEqual([['x', 'y', 'z'], ['self']]);
    expect(forest.loopOf('y')).toBe(0);
    expect(forest.loopOf('tail')).toBeUndefined();
  });

  it('answers ancestry like walking up from the node until something repeats', () => {
    const walkUp = (node: string) => {
      const seen = new Set([node]);
      const above: string[] = [];
      for (let p = parents[node]; p && p in parents && !seen.has(p); p = parents[p]) {
        seen.add(p);
        above.push(p);
      }
      return above;
    };
    for (const node of [...nodes, 'unknown'])
      for (const other of [...nodes, 'unknown']) {
        const expected = node in parents && walkUp(node).includes(other);
        expect(forest.isAncestor(other, node), `${other} above ${node}`).toBe(expected);
      }
    for (const node of nodes) {
      expect(forest.ancestorCount(node), node).toBe(walkUp(node).length);
      walkUp(node).forEach((above, i) => expect(forest.stepsUp(node, above), `${node} to ${above}`).toBe(i + 1));
      expect(forest.stepsUp(node, node)).toBe(0);
    }
  });

  it('stays linear on a chain of 200,000', () => {
    const n = 200_000;
    const chain = parentForest(
      Array.from({ length: n }, (_, i) => i),
      (i) => (i ? i - 1 : undefined),
    );
    expect(chain.isAncestor(0, n - 1)).toBe(true);
    expect(chain.isAncestor(n - 1, 0)).toBe(false);
    expect(chain.ancestorCount(n - 1)).toBe(n - 1);
  });
});

describe('loopText', () => {
  it('prints a short loop whole and a long one shortened, always with the member it closes on', () => {
    const ids = (n: number) => (i: number) => `o${i}`;
    expect(loopText(2, ids(2), 'o0')).toBe('o0 → o1 → o0');
    expect(loopText(12, ids(12), 'o0')).toBe('o0 → o1 → o2 → o3 → o4 → o5 → o6 → o7 → o8 → o9 → o10 → o11 → o0');
    expect(loopText(1500, ids(1500), 'o0')).toBe(
      'o0 → o1 → o2 → o3 → o4 → o5 → o6 → o7 → o8 → o9 → … 1,490 more … → o0',
    );
  });
});
