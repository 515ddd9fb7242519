import type { Health } from '../progress.ts';
import type { GraphNode } from '../types.ts';

/** What a map is drawn for; also the prefix of its element ids. */
export type MapKind = 'cycle' | 'objective' | 'team' | 'dependencies' | 'decisions';

/** What a box on a map stands for; `more` is a collapsed "+N more" box, `unaligned` gathers goals traced to nothing shown. */
export type MapNodeKind =
  'priority' | 'theme' | 'objective' | 'key-result' | 'team' | 'decision' | 'brief' | 'more' | 'unaligned';

/** One box of a map. */
export interface MapNode {
  /** Mermaid id: derived from the reference, so it is stable across builds and content edits. */
  id: string;
  kind: MapNodeKind;
  /** The graph reference it stands for (absent on `more` and `unaligned` boxes). */
  ref?: string;
  /** Full title; boxes wrap and shorten it, lists and tooltips show it whole. */
  title: string;
  /** The owning team's name, for objectives and key results. */
  team?: string;
  /** How it is going; absent where nothing is measured (decisions, teams). */
  status?: Health;
  /** Progress 0–1, when measurable. */
  progress?: number;
  /** A short fact shown instead of progress: a decision's status, a team's objective count. */
  note?: string;
  /** For `more` boxes: how many goals are folded into it. */
  hidden?: number;
  /** Where the box links to; absent when the page does not exist. */
  href?: string;
  /** Column in a left-to-right layout, 0 = leftmost. */
  level: number;
  /** Swimlane (a team id) in the dependency map. */
  lane?: string;
  /** The page's own subject: drawn emphasised, and the drawing opens centred on it. */
  focus?: boolean;
  /** Words that mark the subject on its box and in the list: "This page", "This team". */
  tag?: string;
}

/** How two boxes are related; each kind has its own line style and wording. */
export type MapEdgeKind = 'aligns' | 'measures' | 'depends' | 'affects';

/** One line of a map, drawn from `from` to `to`. */
export interface MapEdge {
  from: string;
  to: string;
  kind: MapEdgeKind;
  /** Words on the line, if any. */
  label?: string;
  /** A dependency whose provider is at risk or off track: drawn to stand out. */
  risk?: boolean;
}

/** A lane of the dependency map: one team. */
export interface MapLane {
  id: string;
  title: string;
  href?: string;
}

/** A diagram ready to be written as Mermaid, drawn as SVG, or listed as nested links. */
export interface StrategyMap {
  kind: MapKind;
  /** Unique on a page: prefixes SVG ids and names the figure. */
  id: string;
  /** What the map shows, in words (figure caption and accessible name). */
  title: string;
  nodes: MapNode[];
  edges: MapEdge[];
  /** The tree the nested list follows: roots in order, and each node's children in order. */
  roots: string[];
  children: Map<string, string[]>;
  /** Present on lane layouts (the dependency map). */
  lanes?: MapLane[];
  /** True when boxes were folded into "+N more" to respect the cap. */
  capped: boolean;
  /** On the dependency map: the dependencies whose provider is off track or at risk, worst first. */
  concerns?: DependencyConcern[];
}

/** A dependency readers should act on: what waits, on what, and how that provider is going. */
export interface DependencyConcern {
  /** `blocked` when the provider is off track, `at-risk` when it is at risk. */
  level: 'blocked' | 'at-risk';
  consumer: { title: string; team: string; href?: string };
  provider: { title: string; team: string; href?: string; status: Health; progress?: number };
}

/** Turns a graph node into the URL of its page; the site passes its own URL helper so the base path is respected. */
export type NodeHref = (node: GraphNode) => string | undefined;

/** Options every map generator accepts. */
export interface MapOptions {
  /** The URL of a node's page. */
  href: NodeHref;
  /** Where a "+N more" box under a node links to; default: the node's page. A page may point its own subject's box at a section of itself. */
  moreHref?: NodeHref;
  /** Where a "+N more" box standing for whole top-level entries links to (a listing page), if any. */
  overflowHref?: string;
  /**
   * Most boxes one diagram shows; deeper levels fold into "+N more" boxes that link to the next page down.
   * @default 80
   */
  maxNodes?: number;
}

/** The default cap: around 80 boxes is what stays readable on a screen. */
export const defaultMaxNodes = 80;

/**
 * Mermaid's own limits at their defaults (`maxTextSize`, `maxEdges`): a generated source must stay
 * under both, or Mermaid refuses to draw it where people paste it.
 */
export const mermaidLimits = { maxTextSize: 50_000, maxEdges: 500 } as const;
