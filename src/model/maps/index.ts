import { bodyFacts } from '../body.ts';
import type { SourceFile } from '../source.ts';
import type { StrategyMap } from './map.ts';
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

/** A map drawn: the build-time SVG with its size and where its subject is. */
export interface RenderedMap {
  map: StrategyMap;
  /** Build-time SVG, safe to insert as HTML. */
  svg: string;
  /** The drawing's natural size in pixels, and the narrowest it is shown (at `minScale`, so text stays legible). */
  size: { width: number; height: number; minWidth: number };
  /** Where the page's subject is drawn, in the drawing's units: the view opens centred on it. */
  focus?: Rect;
}

/**
 * Lays out and draws a map; undefined when the map has nothing to show. Its list version
 * (`outlineOf`) and Mermaid source (`toMermaid`) are made by whoever shows them: an objective's
 * page shows neither, and at 10,000 objectives they were a tenth of the build.
 */
export function renderMap(map: StrategyMap): RenderedMap | undefined {
  if (map.nodes.length === 0) return undefined;
  const layout = layoutMap(map);
  return {
    map,
    svg: toSvg(map, layout),
    size: { width: layout.width, height: layout.height, minWidth: Math.ceil(layout.width * minScale) },
    focus: focusOf(layout),
  };
}

/** Whether a document's body has a ```mermaid block, so its page includes the diagram loader (`MermaidDiagrams.astro`). */
export function hasAuthorDiagram(source: SourceFile): boolean {
  return source.body.includes('mermaid') && bodyFacts(source).fences.some((fence) => fence.lang === 'mermaid');
}
