import { labelCycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import { teamName } from '../withheld.ts';
import type { GraphNode, Objective } from '../types.ts';
import { capTree, descendantCount, type TreeItem } from './cap.ts';
import { mermaidId } from './escape.ts';
import {
  defaultMaxNodes,
  type MapEdge,
  type MapEdgeKind,
  type MapKind,
  type MapLane,
  type MapNode,
  type MapOptions,
  type StrategyMap,
} from './map.ts';
import { keyResultStatus, objectiveStatus, priorityStatus, themeStatus } from '../status.ts';
import { alignmentTargets } from './trees.ts';

/** A box that stands for no document: the "not traced" group of a cycle map. */
export interface Virtual {
  kind: 'unaligned';
  ref: string;
  title: string;
  /** Where its "+N more" box, if any, links to. */
  href?: string;
}

/** What a tree item draws: a graph node (or a virtual group) and the kind of line from its parent. */
export interface Entry {
  node: GraphNode | Virtual;
  edge: MapEdgeKind;
  /** Column of a root that does not start in the tree's first column (a theme without a priority). */
  level?: number;
}

const decisionWords: Record<string, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  superseded: 'Superseded',
  deprecated: 'Deprecated',
};

/** The reference of a graph node or virtual group. */
export function refOfEntry(node: GraphNode | Virtual): string {
  return 'ref' in node ? node.ref : node.id;
}

/** Collects the boxes and lines of one map; every generator goes through it, so ids, labels and links agree. */
export class MapBuilder {
  readonly graph: Graph;
  readonly options: MapOptions;
  /** The cycle priorities are rolled up for. */
  readonly cycle: string;
  /** Most boxes the map may show. */
  readonly max: number;
  private readonly nodes = new Map<string, MapNode>();
  /** The objectives with a box, in the order they were drawn. */
  private readonly objectives = new Set<Objective>();
  private readonly edges: MapEdge[] = [];
  private readonly edgeKeys = new Set<string>();
  private readonly roots: string[] = [];
  private readonly children = new Map<string, string[]>();
  private capped = false;

  constructor(graph: Graph, options: MapOptions, cycle: string) {
    this.graph = graph;
    this.options = options;
    this.cycle = cycle;
    this.max = Math.max(2, options.maxNodes ?? defaultMaxNodes);
  }

  /** Boxes so far. */
  get size(): number {
    return this.nodes.size;
  }

  /** The box of a node, if it is on the map. */
  has(node: GraphNode | Virtual): MapNode | undefined {
    return this.nodes.get(mermaidId(node.kind === 'unaligned' ? 'unaligned' : kindOf(node), refOfEntry(node)));
  }

  /** The box for a graph node at a column, made once; later calls return the first box. An `id` in `extra` draws a second box for the same node. */
  box(node: GraphNode | Virtual, level: number, extra: Partial<MapNode> = {}): MapNode {
    const existing = extra.id ? this.nodes.get(extra.id) : this.has(node);
    if (existing) return existing;
    const made = { ...this.describe(node), level, ...extra };
    this.nodes.set(made.id, made);
    if (node.kind === 'objective') this.objectives.add(node);
    return made;
  }

  /**
   * A line for every alignment whose both ends have a box: a tree shows each objective under one
   * parent only, and an objective aligned to two key results (or objectives) on the map must show
   * both. An alignment to a key result without a box of its own is drawn from its objective.
   */
  alignments(): void {
    for (const objective of this.objectives) {
      const child = this.has(objective);
      if (!child) continue;
      for (const target of alignmentTargets(this.graph, objective)) {
        const parent = this.has(target) ?? (target.kind === 'key-result' ? this.has(target.objective) : undefined);
        if (parent) this.edge(parent, child, 'aligns');
      }
    }
  }

  /** A "+N more" box under `parent`, linking to the parent's page (the next page down). */
  more(
    parent: MapNode,
    parentNode: GraphNode | Virtual,
    hidden: number,
    what = 'more',
    level = parent.level + 1,
  ): MapNode {
    const id = mermaidId('more', `${parent.ref ?? parent.id}/${what}`);
    const href =
      parentNode.kind === 'unaligned' ? parentNode.href : (this.options.moreHref ?? this.options.href)(parentNode);
    const made: MapNode = { id, kind: 'more', title: `+${hidden} more`, hidden, href, level, lane: parent.lane };
    this.nodes.set(id, made);
    this.capped = true;
    return made;
  }

  /** A line between two boxes, once per pair and kind. */
  edge(from: MapNode, to: MapNode, kind: MapEdgeKind, extra: Partial<MapEdge> = {}): void {
    const key = `${from.id}>${to.id}>${kind}`;
    if (from.id === to.id || this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ from: from.id, to: to.id, kind, ...extra });
  }

  /** Places a box in the tree the nested list follows: under `parent`, or as a root. */
  attach(child: MapNode, parent?: MapNode): void {
    if (!parent) {
      if (!this.roots.includes(child.id)) this.roots.push(child.id);
      return;
    }
    const list = this.children.get(parent.id);
    if (!list) this.children.set(parent.id, [child.id]);
    else if (!list.includes(child.id)) list.push(child.id);
  }

  /**
   * Draws a tree under the cap: boxes, tree lines and "+N more" boxes for folded families.
   * Roots start at `level`; each generation is one column to the right.
   */
  addTree(
    roots: readonly TreeItem<Entry>[],
    level: number,
    parent?: MapNode,
    overflowHref = this.options.overflowHref,
  ): void {
    if (!roots.length) return;
    const budget = this.max - this.size;
    // No room left for even one box and its "+N more": the whole tree becomes one box.
    if (budget < 3)
      return void this.overflow(
        roots.reduce((sum, r) => sum + 1 + descendantCount(r), 0),
        level,
        parent,
        overflowHref,
      );
    const { shown, folded, hiddenRoots } = capTree(roots, budget);
    const place = (item: TreeItem<Entry>, at: number, above?: MapNode) => {
      // A node already drawn elsewhere on the map gets a line, not a second box.
      const existed = this.has(item.value.node);
      const box = this.box(item.value.node, at);
      if (above) this.edge(above, box, item.value.edge);
      if (existed) return;
      this.attach(box, above);
      const hidden = folded.get(item);
      if (hidden !== undefined) this.attach(this.edgeTo(box, this.more(box, item.value.node, hidden)), box);
      for (const child of item.children) if (shown.has(child)) place(child, at + 1, box);
    };
    for (const root of roots) if (shown.has(root)) place(root, root.value.level ?? level, parent);
    if (hiddenRoots.length)
      this.overflow(
        hiddenRoots.reduce((sum, r) => sum + 1 + descendantCount(r), 0),
        level,
        parent,
        overflowHref,
      );
  }

  /** A "+N more" box for whole entries that did not fit, under `parent` or at the top, linking to a listing page. */
  overflow(count: number, level: number, parent?: MapNode, href = this.options.overflowHref): MapNode {
    const id = mermaidId('more', `${parent?.ref ?? 'map'}/top-${level}`);
    const box: MapNode = { id, kind: 'more', title: `+${count} more`, hidden: count, href, level };
    this.nodes.set(id, box);
    this.capped = true;
    if (parent) this.edge(parent, box, 'aligns');
    this.attach(box, parent);
    return box;
  }

  private edgeTo(from: MapNode, to: MapNode): MapNode {
    this.edge(from, to, 'aligns');
    return to;
  }

  /** The finished map. */
  finish(kind: MapKind, id: string, title: string, lanes?: MapLane[]): StrategyMap {
    return {
      kind,
      id,
      title,
      nodes: [...this.nodes.values()],
      edges: this.edges,
      roots: this.roots,
      children: this.children,
      lanes,
      capped: this.capped,
    };
  }

  private describe(node: GraphNode | Virtual): Omit<MapNode, 'level'> {
    const { graph } = this;
    if (node.kind === 'unaligned')
      return { id: mermaidId('unaligned', node.ref), kind: 'unaligned', title: node.title };
    const base = {
      id: mermaidId(kindOf(node), refOfEntry(node)),
      kind: kindOf(node),
      ref: refOfEntry(node),
      href: this.options.href(node),
    };
    switch (node.kind) {
      case 'priority':
        return { ...base, title: node.data.title, ...priorityStatus(graph, node, this.cycle) };
      case 'theme':
        return { ...base, title: node.data.title, ...themeStatus(graph, node) };
      case 'objective':
        return {
          ...base,
          title: node.data.title,
          team: this.teamName(node.data.team),
          ...objectiveStatus(graph, node),
        };
      case 'key-result':
        return {
          ...base,
          title: node.data.title,
          team: this.teamName(node.objective.data.team),
          ...keyResultStatus(graph, node),
        };
      case 'team':
        return { ...base, title: node.data.name };
      case 'decision':
        return {
          ...base,
          title: node.data.title,
          note: `${decisionWords[node.data.status] ?? node.data.status} · ${node.data.date}`,
        };
      case 'brief':
        return { ...base, title: node.data.title, note: labelCycle(graph, node.id) };
      default:
        return { ...base, title: refOfEntry(node) };
    }
  }

  private teamName(id: string): string | undefined {
    return teamName(this.graph, id);
  }
}

/** The map kind of a graph node; people, not-now items and initiatives never appear on maps but get a kind anyway. */
function kindOf(node: GraphNode): MapNode['kind'] {
  switch (node.kind) {
    case 'priority':
    case 'theme':
    case 'objective':
    case 'key-result':
    case 'team':
    case 'decision':
    case 'brief':
      return node.kind;
    default:
      return 'objective';
  }
}
