import type { MapEdge, MapEdgeKind, MapLane, MapNode, StrategyMap } from './map.ts';

/** A line of the map that is not part of the tree, as words under one of its ends. */
export interface OutlineLink {
  /** "Depends on", "Needed by", "Also aligns to"… */
  verb: string;
  node: MapNode;
  risk?: boolean;
}

/** One entry of the nested list: a box, the boxes under it, and its other lines. */
export interface OutlineItem {
  node: MapNode;
  children: OutlineItem[];
  links: OutlineLink[];
}

/** A lane of the dependency map (or the whole map when it has none) as a list. */
export interface OutlineGroup {
  lane?: MapLane;
  items: OutlineItem[];
}

/** How a line reads under its `from` end, and under its `to` end when `from` is not in the list. */
const verbs: Record<MapEdgeKind, { forward: string; backward: string; underChild: boolean }> = {
  aligns: { forward: 'Also aligns to', backward: 'Aligned to it', underChild: true },
  depends: { forward: 'Depends on', backward: 'Needed by', underChild: false },
  affects: { forward: 'Also changed', backward: 'Changed by', underChild: false },
  measures: { forward: 'Measured by', backward: 'Key result of', underChild: false },
};

/**
 * The map as nested lists: the same tree the drawing shows, for screen readers, keyboard users,
 * search and print. Lines outside the tree (second alignments, dependencies, decisions) become
 * "Depends on …"-style entries under the end that is in the list.
 */
export function outlineOf(map: StrategyMap): OutlineGroup[] {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const items = new Map<string, OutlineItem>();
  const treeEdges = new Set<string>();
  const build = (id: string): OutlineItem | undefined => {
    const node = byId.get(id);
    if (!node || items.has(id)) return undefined;
    const item: OutlineItem = { node, children: [], links: [] };
    items.set(id, item);
    for (const child of map.children.get(id) ?? []) {
      treeEdges.add(`${id}>${child}`);
      const built = build(child);
      if (built) item.children.push(built);
    }
    return item;
  };
  const roots = map.roots.map(build).filter((i): i is OutlineItem => !!i);
  for (const edge of map.edges) addLink(edge, items, byId, treeEdges);
  if (!map.lanes) return [{ items: roots }];
  return map.lanes
    .map((lane) => ({ lane, items: roots.filter((r) => r.node.lane === lane.id) }))
    .filter((g) => g.items.length);
}

function addLink(
  edge: MapEdge,
  items: Map<string, OutlineItem>,
  byId: Map<string, MapNode>,
  treeEdges: Set<string>,
): void {
  if (treeEdges.has(`${edge.from}>${edge.to}`)) return;
  const words = verbs[edge.kind];
  const from = items.get(edge.from);
  const to = items.get(edge.to);
  const [child, parent] = [to, from];
  if (words.underChild && child) child.links.push({ verb: words.forward, node: byId.get(edge.from)!, risk: edge.risk });
  else if (!words.underChild && from)
    from.links.push({ verb: words.forward, node: byId.get(edge.to)!, risk: edge.risk });
  else if (words.underChild && parent)
    parent.links.push({ verb: words.backward, node: byId.get(edge.to)!, risk: edge.risk });
  else if (to) to.links.push({ verb: words.backward, node: byId.get(edge.from)!, risk: edge.risk });
}
