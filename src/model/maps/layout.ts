import type { MapLane, MapNode, StrategyMap } from './map.ts';
import { nodeText } from './to-mermaid.ts';
import { textWidth, wrapText } from './text.ts';
import { placeTree, treeGaps } from './tree-place.ts';
import { columnGap } from './edge-path.ts';

/** One line of text in a box, with the style it is drawn in. */
export interface BoxLine {
  text: string;
  style: 'meta' | 'title' | 'status';
}

/** A placed box. */
export interface Box {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Shared by every box drawn with the same words: read, never changed. */
  readonly lines: readonly BoxLine[];
}

/** A team's band in the dependency map. */
export interface LaneBand {
  lane: MapLane;
  y: number;
  height: number;
}

/** Where everything goes, in SVG user units (pixels at 100 %). */
export interface Layout {
  width: number;
  height: number;
  boxes: Map<string, Box>;
  bands: LaneBand[];
}

/** Sizes of the drawing; font sizes are repeated in the map stylesheet. */
export const metrics = {
  fontSize: { meta: 11, title: 13, status: 12 },
  lineHeight: { meta: 15, title: 17, status: 16 },
  padX: 10,
  padY: 7,
  ...treeGaps,
  columnGap,
  laneGap: 12,
  laneHeader: 24,
  laneLabel: 12,
  minWidth: 120,
  titleWidth: 200,
  titleLines: 2,
} as const;

function boxLines(node: MapNode): BoxLine[] {
  if (node.kind === 'more' || node.kind === 'unaligned') return [{ text: node.title, style: 'title' }];
  const { meta: kind, status } = nodeText(node);
  // The page's subject says so in words too, not only by its thicker outline.
  const meta = node.tag ? [node.tag, kind].filter(Boolean).join(' · ') : kind;
  const title = wrapText(node.title, metrics.titleWidth, metrics.titleLines, metrics.fontSize.title, true);
  // The kind or team and the status line get one line each, cut with `…` if need be.
  const one = (text: string, style: 'meta' | 'status') =>
    wrapText(text, metrics.titleWidth + 20, 1, metrics.fontSize[style]).map((t) => ({ text: t, style }));
  return [
    ...(meta ? one(meta, 'meta') : []),
    ...title.map((text) => ({ text, style: 'title' as const })),
    ...(status ? one(status, 'status') : []),
  ];
}

/** A box's lines and its own size, with the words they were made from. */
interface Measured {
  from: readonly (string | number | boolean | undefined)[];
  lines: BoxLine[];
  width: number;
  height: number;
}

/**
 * Measured boxes by map id (and tag). An objective is drawn on its own map and on its parent's,
 * children's and dependencies' maps: its box is measured once and reused while the words it
 * shows (title, team, status, progress, note, tag) stay the same. Emptied at `measuredLimit`.
 */
const measured = new Map<string, Measured>();
const measuredLimit = 100_000;

/** The words a box's lines are made from, in a fixed order. */
function wordsOf(node: MapNode): Measured['from'] {
  return [node.kind, node.title, node.team, node.status, node.progress, node.note, node.tag];
}

function measureBox(node: MapNode): Measured {
  const from = wordsOf(node);
  // The page's subject carries a tag on its own map and none on its neighbours': kept apart,
  // so the two boxes do not evict each other.
  const key = node.tag ? `${node.id}\n${node.tag}` : node.id;
  const held = measured.get(key);
  if (held && held.from.every((word, i) => word === from[i])) return held;
  const lines = boxLines(node);
  const widest = Math.max(
    ...lines.map((l) => textWidth(l.text, metrics.fontSize[l.style], l.style === 'title' && node.kind !== 'more')),
  );
  const width = Math.ceil(
    Math.min(Math.max(widest + 2 * metrics.padX, metrics.minWidth), metrics.titleWidth + 2 * metrics.padX + 20),
  );
  const height = 2 * metrics.padY + lines.reduce((sum, l) => sum + metrics.lineHeight[l.style], 0);
  const made = { from, lines, width, height };
  if (measured.size >= measuredLimit) measured.clear();
  measured.set(key, made);
  return made;
}

/** Sizes every box; boxes of one column share the widest width, so columns read as levels. */
function measure(map: StrategyMap): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const columnWidth: number[] = [];
  for (const node of map.nodes) {
    const { lines, width, height } = measureBox(node);
    columnWidth[node.level] = Math.max(columnWidth[node.level] ?? 0, width);
    boxes.set(node.id, { node, x: 0, y: 0, width, height, lines });
  }
  const left: number[] = [];
  let x = metrics.margin + (map.lanes ? metrics.laneLabel : 0);
  // Between the two sides of the team-level dependency map every team meets every other: give the lines room.
  const gap = map.kind === 'dependencies' && !map.lanes ? metrics.columnGap * 4 : metrics.columnGap;
  for (let level = 0; level < columnWidth.length; level++) {
    left[level] = x;
    x += (columnWidth[level] ?? 0) + (columnWidth[level] ? gap : 0);
  }
  for (const box of boxes.values()) {
    box.x = left[box.node.level]!;
    box.width = columnWidth[box.node.level]!;
  }
  return boxes;
}

/**
 * Lays a map out left to right: one column per level, each parent centred on its children, each
 * family kept together (a tidy layered tree). Linear in the number of boxes, so even the largest
 * map costs well under a millisecond. Lane maps stack each team's boxes in its own band instead.
 */
export function layoutMap(map: StrategyMap): Layout {
  const boxes = measure(map);
  const bands = map.lanes ? placeLanes(map, boxes) : [];
  if (!map.lanes) placeTreeOf(map, boxes);
  let width = 0;
  let height = 0;
  for (const box of boxes.values()) {
    width = Math.max(width, box.x + box.width);
    height = Math.max(height, box.y + box.height);
  }
  for (const band of bands) height = Math.max(height, band.y + band.height);
  return { width: Math.ceil(width + metrics.margin), height: Math.ceil(height + metrics.margin), boxes, bands };
}

function placeTreeOf(map: StrategyMap, boxes: Map<string, Box>): void {
  // Placement works on the box's own `y`: a view with the level beside it, written back after.
  const placed = new Map([...boxes].map(([id, box]) => [id, { level: box.node.level, height: box.height, y: 0 }]));
  placeTree(map.roots, (id) => map.children.get(id) ?? [], placed, metrics);
  for (const [id, box] of boxes) box.y = placed.get(id)!.y;
}

function placeLanes(map: StrategyMap, boxes: Map<string, Box>): LaneBand[] {
  const bands: LaneBand[] = [];
  let y = metrics.margin;
  for (const lane of map.lanes!) {
    const members = map.nodes.filter((n) => n.lane === lane.id);
    if (!members.length) continue;
    const columnY: number[] = [];
    const top = y + metrics.laneHeader;
    let bottom = top;
    for (const node of members) {
      const box = boxes.get(node.id)!;
      box.y = columnY[node.level] ?? top;
      columnY[node.level] = box.y + box.height + metrics.rowGap;
      bottom = Math.max(bottom, box.y + box.height);
    }
    bands.push({ lane, y, height: bottom - y + metrics.padY });
    y = bottom + metrics.padY + metrics.laneGap;
  }
  // Boxes outside every lane go below the bands.
  for (const node of map.nodes) {
    if (node.lane && bands.some((b) => b.lane.id === node.lane)) continue;
    const box = boxes.get(node.id)!;
    box.y = y;
    y += box.height + metrics.rowGap;
  }
  return bands;
}
