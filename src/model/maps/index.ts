import { bodyFacts } from '../body.ts';
import type { SourceFile } from '../source.ts';
import type { StrategyMap } from './map.ts';
import { outlineOf, type OutlineGroup } from './outline.ts';
import { toMermaid } from './to-mermaid.ts';
import { toSvg } from './to-svg.ts';
import { layoutMap } from './layout.ts';
import { focusOf, minScale, type Rect } from './viewport.ts';

export { cycleMap, type CycleMapOptions } from './cycle-map.ts';
export { decisionMap } from './decision-map.ts';
export { dependencyMap } from './dependency-map.ts';
export { objectiveMap, type ObjectiveMapOptions } from './objective-map.ts';
export { teamMap } from './team-map.ts';
export { mermaidId, mermaidLabel, mermaidText } from './escape.ts';
export { outlineOf, type OutlineGroup, type OutlineItem, type OutlineLink } from './outline.ts';
export { statusLine, statusText } from '../status.ts';
export { toMermaid } from './to-mermaid.ts';
export { toSvg } from './to-svg.ts';
export { fitScale, focusOf, minScale, maxScale, scrollToCentre, zoomBy, type Rect } from './viewport.ts';
export * from './map.ts';

/** Everything a page shows for one map: the drawing, its Mermaid source and its list version. */
export interface RenderedMap {
  map: StrategyMap;
  /** Build-time SVG, safe to insert as HTML. */
  svg: string;
  /** Mermaid flowchart source for the copy button. */
  mermaid: string;
  outline: OutlineGroup[];
  /** The drawing's natural size in pixels, and the narrowest it is shown (at `minScale`, so text stays legible). */
  size: { width: number; height: number; minWidth: number };
  /** Where the page's subject is drawn, in the drawing's units: the view opens centred on it. */
  focus?: Rect;
}

/** Draws, writes and lists a map in one go; undefined when the map has nothing to show. */
export function renderMap(map: StrategyMap): RenderedMap | undefined {
  if (map.nodes.length === 0) return undefined;
  const layout = layoutMap(map);
  return {
    map,
    svg: toSvg(map, layout),
    mermaid: toMermaid(map),
    outline: outlineOf(map),
    size: { width: layout.width, height: layout.height, minWidth: Math.ceil(layout.width * minScale) },
    focus: focusOf(layout),
  };
}

/** Whether a document's body has a ```mermaid block, so its page includes the diagram loader (`MermaidDiagrams.astro`). */
export function hasAuthorDiagram(source: SourceFile): boolean {
  return source.body.includes('mermaid') && bodyFacts(source).fences.some((fence) => fence.lang === 'mermaid');
}
