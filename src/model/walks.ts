/**
 * Graph walks over author-controlled links (alignment, team parents), written without
 * recursion so a chain thousands of levels deep cannot overflow the stack, and linear in the
 * number of nodes and links.
 */

/**
 * The strongly connected components of a directed graph (Tarjan), each listed once, in an
 * order where every component comes after all the components it leads to: with `next`
 * giving a node's parents, parents are settled before their children. Nodes are visited in
 * the order given, links in the order `next` returns them.
 */
export function stronglyConnected<T>(nodes: readonly T[], next: (node: T) => readonly T[]): T[][] {
  const index = new Map<T, number>();
  const low = new Map<T, number>();
  const onStack = new Set<T>();
  const stack: T[] = [];
  const components: T[][] = [];
  const frames: { node: T; links: readonly T[]; i: number }[] = [];
  const open = (node: T) => {
    index.set(node, index.size);
    low.set(node, index.size - 1);
    stack.push(node);
    onStack.add(node);
    frames.push({ node, links: next(node), i: 0 });
  };
  for (const start of nodes) {
    if (index.has(start)) continue;
    open(start);
    while (frames.length) {
      const frame = frames.at(-1)!;
      if (frame.i < frame.links.length) {
        const target = frame.links[frame.i++]!;
        if (!index.has(target)) open(target);
        else if (onStack.has(target)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        continue;
      }
      frames.pop();
      const parent = frames.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: T[] = [];
      let member: T;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      components.push(component);
    }
  }
  return components;
}

/**
 * Depth-first from each node in the order given (skipping those already reached), following
 * links in order, and calls `onLoop` for every link that leads back to a node still open on
 * the current path: `path.slice(start)` is then the loop, from `to` down to `from`. The path is
 * the walk's own array, valid only during the call. Nodes are told apart by `key`.
 */
export function forEachLoop<T, K>(
  nodes: readonly T[],
  next: (node: T) => readonly T[],
  key: (node: T) => K,
  onLoop: (from: T, to: T, path: readonly T[], start: number) => void,
): void {
  const state = new Map<K, 'open' | 'done'>();
  /** Where each open node sits on the path. */
  const position = new Map<K, number>();
  const path: T[] = [];
  const frames: { node: T; links: readonly T[]; i: number }[] = [];
  const open = (node: T) => {
    state.set(key(node), 'open');
    position.set(key(node), path.length);
    path.push(node);
    frames.push({ node, links: next(node), i: 0 });
  };
  for (const start of nodes) {
    if (state.has(key(start))) continue;
    open(start);
    while (frames.length) {
      const frame = frames.at(-1)!;
      if (frame.i < frame.links.length) {
        const target = frame.links[frame.i++]!;
        const seen = state.get(key(target));
        if (seen === 'open') onLoop(frame.node, target, path, position.get(key(target))!);
        else if (!seen) open(target);
        continue;
      }
      frames.pop();
      path.pop();
      position.delete(key(frame.node));
      state.set(key(frame.node), 'done');
    }
  }
}

/** How the nodes of a graph where each node has at most one parent (a team tree) hang together. */
export interface ParentForest<K> {
  /** Each loop once, in the order its first member was given, starting from that member and following parents. */
  loops: K[][];
  /** The loop a node is on, as an index into `loops`. */
  loopOf(node: K): number | undefined;
  /** Whether walking up from `node` (not counting itself) reaches `ancestor`. */
  isAncestor(ancestor: K, node: K): boolean;
  /** How many distinct nodes walking up from `node` reaches, itself not counted. */
  ancestorCount(node: K): number;
  /** How many parent links lead from `node` up to `ancestor`, which must be reachable (or `node` itself). */
  stepsUp(node: K, ancestor: K): number;
}

/**
 * Analyses parent links in one linear pass: the loops, and an interval per node of the tree
 * that remains when each loop is taken as a root, so "is A above B" is answered in constant
 * time instead of by walking (and searching) the path up from B. `parentOf` returns undefined
 * at a root and for a parent that is not one of `nodes`.
 */
export function parentForest<K>(nodes: readonly K[], parentOf: (node: K) => K | undefined): ParentForest<K> {
  const loops: K[][] = [];
  const loopIndex = new Map<K, number>();
  const walkOf = new Map<K, number>();
  nodes.forEach((start, walk) => {
    const path: K[] = [];
    let node: K | undefined = start;
    while (node !== undefined && !walkOf.has(node)) {
      walkOf.set(node, walk);
      path.push(node);
      node = parentOf(node);
    }
    // Back on this walk's own path: the rest of the path from there is a loop.
    if (node !== undefined && walkOf.get(node) === walk) {
      const loop = path.slice(path.indexOf(node));
      for (const member of loop) loopIndex.set(member, loops.length);
      loops.push(loop);
    }
  });
  // Loops found from a node above them start wherever the walk entered; start each at its first member given.
  const order = new Map(nodes.map((node, i) => [node, i]));
  for (const [i, loop] of loops.entries()) {
    let first = 0;
    loop.forEach((member, j) => {
      if (order.get(member)! < order.get(loop[first]!)!) first = j;
    });
    loops[i] = [...loop.slice(first), ...loop.slice(0, first)];
  }
  const position = new Map<K, number>();
  for (const loop of loops) loop.forEach((member, i) => position.set(member, i));

  // The tree left when loop members become roots: preorder intervals answer ancestry.
  const children = new Map<K, K[]>();
  const roots: K[] = [];
  for (const node of nodes) {
    const parent = loopIndex.has(node) ? undefined : parentOf(node);
    if (parent === undefined) roots.push(node);
    else {
      const list = children.get(parent);
      if (list) list.push(node);
      else children.set(parent, [node]);
    }
  }
  const pre = new Map<K, number>();
  const end = new Map<K, number>();
  const depth = new Map<K, number>();
  const rootOf = new Map<K, K>();
  for (const root of roots) {
    const stack: { node: K; exiting: boolean }[] = [{ node: root, exiting: false }];
    depth.set(root, 0);
    while (stack.length) {
      const { node, exiting } = stack.pop()!;
      if (exiting) {
        end.set(node, pre.size);
        continue;
      }
      pre.set(node, pre.size);
      rootOf.set(node, root);
      stack.push({ node, exiting: true });
      for (const child of children.get(node) ?? []) {
        depth.set(child, depth.get(node)! + 1);
        stack.push({ node: child, exiting: false });
      }
    }
  }

  const loopOf = (node: K) => loopIndex.get(node);
  return {
    loops,
    loopOf,
    isAncestor(ancestor, node) {
      if (ancestor === node || !pre.has(ancestor) || !pre.has(node)) return false;
      const loop = loopOf(node);
      if (loop !== undefined) return loopOf(ancestor) === loop;
      if (pre.get(ancestor)! <= pre.get(node)! && pre.get(node)! < end.get(ancestor)!) return true;
      const above = loopOf(rootOf.get(node)!);
      return above !== undefined && loopOf(ancestor) === above;
    },
    ancestorCount(node) {
      if (!pre.has(node)) return 0;
      const loop = loopOf(node);
      if (loop !== undefined) return loops[loop]!.length - 1;
      const above = loopOf(rootOf.get(node)!);
      return depth.get(node)! + (above === undefined ? 0 : loops[above]!.length - 1);
    },
    stepsUp(node, ancestor) {
      if (node === ancestor) return 0;
      const around = (from: K, loop: number) => {
        const length = loops[loop]!.length;
        return (position.get(ancestor)! - position.get(from)! + length) % length;
      };
      const loop = loopOf(node);
      if (loop !== undefined) return around(node, loop);
      const root = rootOf.get(node)!;
      if (loopOf(ancestor) === undefined) return depth.get(node)! - depth.get(ancestor)!;
      return depth.get(node)! + around(root, loopOf(root)!);
    },
  };
}

/** Members of a loop printed before it is shortened in a message. */
const loopShown = 10;

/**
 * A loop for a message: `a → b → c → a`, every one of its `count` members and the one it
 * closes on; a loop longer than a dozen shows its first ten, how many more there are, and the close.
 */
export function loopText(count: number, memberAt: (i: number) => string, close: string): string {
  const shown = count <= loopShown + 2 ? count : loopShown;
  const members = Array.from({ length: shown }, (_, i) => memberAt(i));
  if (shown === count) return [...members, close].join(' → ');
  return `${members.join(' → ')} → … ${(count - shown).toLocaleString('en')} more … → ${close}`;
}
