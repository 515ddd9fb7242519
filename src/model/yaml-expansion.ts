/** How big a parsed YAML value is once every alias is written out in full. */
export interface Expansion {
  /** Mappings, lists, scalars and keys. */
  nodes: number;
  /** Characters of text: strings and keys. */
  characters: number;
}

/**
 * The size of a value as if every alias were replaced by what it points at. js-yaml returns
 * one object for an anchor and all its aliases, so the value is a graph that shares parts;
 * each shared part is measured once and counted once per place it appears, which keeps the
 * measuring linear in what was parsed however large the expansion. An alias inside the value
 * its anchor names (`a: &x [*x]`) would expand forever: its size is infinite.
 */
export function expandedSize(value: unknown): Expansion {
  const sizes = new WeakMap<object, Expansion>();
  const open = new WeakSet<object>();
  const measure = (node: unknown): Expansion => {
    if (typeof node === 'string') return { nodes: 1, characters: node.length };
    if (node === null || typeof node !== 'object') return { nodes: 1, characters: 0 };
    const known = sizes.get(node);
    if (known) return known;
    if (open.has(node)) return { nodes: Infinity, characters: Infinity };
    open.add(node);
    const size = { nodes: 1, characters: 0 };
    // Nesting is bounded by the parser (maxDepth), so recursion here is too.
    for (const [key, child] of Array.isArray(node) ? node.map((item) => [undefined, item]) : Object.entries(node)) {
      const inner = measure(child);
      size.nodes += inner.nodes + (key === undefined ? 0 : 1);
      size.characters += inner.characters + (key === undefined ? 0 : String(key).length);
    }
    sizes.set(node, size);
    return size;
  };
  return measure(value);
}
