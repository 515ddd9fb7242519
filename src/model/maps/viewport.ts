import type { Layout } from './layout.ts';

/** A rectangle in SVG user units (pixels at 100 %). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How far a map may shrink to fit its frame: at 0.75 the smallest text (11 px) is still 8 px and
 * titles about 10 px. A map that would need less is drawn at this scale and scrolls instead.
 */
export const minScale = 0.75;
/** How far a reader may zoom in. */
export const maxScale = 2;
/** One press of a zoom button or key. */
export const zoomStep = 1.25;

/** The scale at which a map of `mapWidth` fits a frame `frameWidth` wide: never enlarged, never below `minScale`. */
export function fitScale(mapWidth: number, frameWidth: number): number {
  if (mapWidth <= 0 || frameWidth <= 0) return 1;
  return Math.min(1, Math.max(minScale, frameWidth / mapWidth));
}

/** The scale after one zoom step in (`+1`) or out (`-1`), kept between the fit (or `minScale`) and `maxScale`. */
export function zoomBy(scale: number, direction: 1 | -1, fit: number): number {
  const next = direction > 0 ? scale * zoomStep : scale / zoomStep;
  return Math.min(maxScale, Math.max(Math.min(fit, minScale), next));
}

/** The smallest rectangle holding all the given ones; undefined for none. */
export function unionOf(rects: readonly Rect[]): Rect | undefined {
  if (!rects.length) return undefined;
  const left = Math.min(...rects.map((r) => r.x));
  const top = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Where the page's subject is drawn: the boxes marked `focus`, as one rectangle. */
export function focusOf(layout: Layout): Rect | undefined {
  return unionOf([...layout.boxes.values()].filter((box) => box.node.focus));
}

/**
 * The scroll offsets that put a point of the map (user units) at the middle of a frame, for a map
 * drawn at `scale`; kept inside the drawing so no empty space shows.
 */
export function scrollToCentre(
  point: { x: number; y: number },
  scale: number,
  map: { width: number; height: number },
  frame: { width: number; height: number },
): { left: number; top: number } {
  const clamp = (value: number, content: number, visible: number) =>
    Math.round(Math.max(0, Math.min(value, content - visible)));
  return {
    left: clamp(point.x * scale - frame.width / 2, map.width * scale, frame.width),
    top: clamp(point.y * scale - frame.height / 2, map.height * scale, frame.height),
  };
}

/** The middle of a rectangle. */
export function centreOf(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}
