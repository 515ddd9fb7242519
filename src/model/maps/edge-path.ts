import type { Rect } from './viewport.ts';

/** Gap between columns, in SVG user units; same-column arcs bulge into it. */
export const columnGap = 56;

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The SVG path of a line between two boxes: a horizontal S-curve from the right side of one to
 * the left side of the other. Shared by the build and the browser, which draws lines again when
 * a branch is folded.
 */
export function edgePath(from: Rect, to: Rect): string {
  const fy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  if (from.x === to.x) {
    // Same column (dependencies of the page's objective): an arc through the gap on the left,
    // where only the one line from the parent runs, rather than through the fan of children.
    const x = from.x;
    const bulge = x - columnGap * 0.7;
    return `M${round(x)} ${round(fy)}C${round(bulge)} ${round(fy)} ${round(bulge)} ${round(ty)} ${round(x)} ${round(ty)}`;
  }
  const forward = to.x > from.x;
  const sx = forward ? from.x + from.width : from.x;
  const ex = forward ? to.x : to.x + to.width;
  const mx = (sx + ex) / 2;
  return `M${round(sx)} ${round(fy)}C${round(mx)} ${round(fy)} ${round(mx)} ${round(ty)} ${round(ex)} ${round(ty)}`;
}
