import type { MapLane, MapNode, StrategyMap } from './map.ts';
import { nodeText } from './to-mermaid.ts';
import { textWidth, wrapText } from './text.ts';

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
  lines: BoxLine[];
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
  margin: 8,
  columnGap: 56,
  rowGap: 10,
  familyGap: 8,
  laneGap: 12,
  laneHeader: 24,
  laneLabel: 12,
  minWidth: 120,
  titleWidth: 200,
  titleLines: 2,
} as const;

function boxLines(node: MapNode): BoxLine[] {
  if (node.kind === 'more' || node.kind === 'unaligned') return [{ text: node.title, style: 'title' }];
  const { meta, status } = nodeText(node);
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

/** Sizes every box; boxes of one column share the widest width, so columns read as levels. */
function measure(map: StrategyMap): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const columnWidth: number[] = [];
  for (const node of map.nodes) {
    const lines = boxLines(node);
    const widest = Math.max(
      ...lines.map((l) => textWidth(l.text, metrics.fontSize[l.style], l.style === 'title' && node.kind !== 'more')),
    );
    const width = Math.ceil(
      Math.min(Math.max(widest + 2 * metrics.padX, metrics.minWidth), metrics.titleWidth + 2 * metrics.padX + 20),
    );
    const height = 2 * metrics.padY + lines.reduce((sum, l) => sum + metrics.lineHeight[l.style], 0);
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
  if (!map.lanes) placeTree(map, boxes);
  let width = 0;
  let height = 0;
  for (const box of boxes.values()) {
    width = Math.max(width, box.x + box.width);
    height = Math.max(height, box.y + box.height);
  }
  for (const band of bands) height = Math.max(height, band.y + band.height);
  return { width: Math.ceil(width + metrics.margin), height: Math.ceil(height + metrics.margin), boxes, bands };
}

function placeTree(map: StrategyMap, boxes: Map<string, Box>): void {
  const nextY: number[] = [];
  const placed = new Set<string>();
  const free = (level: number) => nextY[level] ?? metrics.margin;
  const shift = (id: string, dy: number) => {
    const box = boxes.get(id)!;
    box.y += dy;
    nextY[box.node.level] = Math.max(free(box.node.level), box.y + box.height + metrics.rowGap);
    for (const child of treeChildren(id)) shift(child, dy);
  };
  const treeChildren = (id: string) =>
    (map.children.get(id) ?? []).filter((c) => boxes.get(c)!.node.level > boxes.get(id)!.node.level);
  const place = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    const box = boxes.get(id)!;
    const level = box.node.level;
    const kids = treeChildren(id).filter((c) => !placed.has(c));
    for (const kid of kids) place(kid);
    let desired = free(level);
    if (kids.length) {
      const first = boxes.get(kids[0]!)!;
      const last = boxes.get(kids.at(-1)!)!;
      desired = (first.y + last.y + last.height) / 2 - box.height / 2;
      // A little air between one family and the next.
      for (const kid of kids) nextY[boxes.get(kid)!.node.level] = free(boxes.get(kid)!.node.level) + metrics.familyGap;
    }
    const y = Math.max(desired, free(level));
    box.y = y;
    if (y > desired) for (const kid of kids) shift(kid, y - desired);
    nextY[level] = Math.max(free(level), y + box.height + metrics.rowGap);
  };
  for (const root of map.roots) place(root);
  // Anything the tree does not reach (lines only) still gets a place.
  for (const node of map.nodes) place(node.id);
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
