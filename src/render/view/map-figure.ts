import {
  outlineOf,
  renderMap,
  statusLine,
  toMermaid,
  type MapNode,
  type OutlineItem,
  type RenderedMap,
  type StrategyMap,
} from '../../model/maps/index.ts';
import { attr, markup, Markup } from '../html.ts';

/** How a map's figure is written. */
export interface MapFigureOptions {
  /** Caption; defaults to the map's own title. */
  caption?: string;
  /**
   * The page itself lists every box of the map in its own sections, as an objective's page does
   * (line of sight, key results, dependencies, aligned objectives): the figure is the drawing
   * and its legend alone, with no list version and no Mermaid source.
   * @default false
   */
  drawingOnly?: boolean;
}

/**
 * One strategy map as a figure: for the dependency map, what is blocked first; then the
 * build-time drawing (fitted to its frame, no script needed) with zoom and fold controls the
 * map script shows, a legend, the same map as nested lists, and, last, its Mermaid source for
 * authors. On phones the list comes before the drawing (map.css). Empty for an empty map.
 * Written as a string rather than components: every objective page has a map (StrategyMap.astro).
 */
export function mapFigureHtml(
  map: StrategyMap,
  { caption = map.title, drawingOnly = false }: MapFigureOptions = {},
): string {
  const rendered = renderMap(map);
  if (!rendered) return '';
  const { id } = map;
  const { focus, size } = rendered;
  return markup`<figure class="tl-map"${attr('id', id)}${attr('data-map-kind', map.kind)}${attr('data-map-nodes', map.nodes.length)}${[
    attr('data-map-width', size.width),
    attr('data-map-height', size.height),
    attr('data-focus', focus && [focus.x, focus.y, focus.width, focus.height].join(' ')),
    attr('aria-labelledby', `${id}-caption`),
    attr('data-drawing-only', drawingOnly),
  ]}><figcaption${attr('id', `${id}-caption`)}>${caption}</figcaption>${[
    concernsHtml(map),
    viewHtml(map, rendered, drawingOnly),
    !drawingOnly && outlineDetailsHtml(map),
    !drawingOnly && sourceHtml(map),
  ]}</figure>`.html;
}

/** Shown by the map script; the keys work on the drawing itself. */
const toolbar = new Markup(
  '<div class="tl-map-toolbar" role="group" aria-label="Map view" hidden>' +
    '<button type="button" data-zoom="out" aria-label="Zoom out">−</button>' +
    '<button type="button" data-zoom="in" aria-label="Zoom in">+</button>' +
    '<button type="button" data-zoom="fit">Fit to width</button>' +
    '<span class="tl-map-zoom-level" data-zoom-level aria-live="polite"></span>' +
    '<span class="tl-map-keys">Keys on the drawing: + − zoom, 0 fits, arrows move</span></div>',
);

/** The toolbar, the drawing in its frame and the legend. */
function viewHtml(map: StrategyMap, { svg, size, focus }: RenderedMap, drawingOnly: boolean): Markup {
  const label = `Drawing of the map (${map.nodes.length} boxes); ${drawingOnly ? 'the page lists the same goals in its sections' : 'the same map as a list follows'}`;
  // The spacer holds the frame at the narrowest legible width: below it the drawing scrolls rather than shrinks.
  return markup`<div class="tl-map-view">${toolbar}<div class="tl-map-canvas"${attr('id', `${map.id}-canvas`)} tabindex="0" role="region"${attr('aria-label', label)}><div class="tl-map-frame">${new Markup(svg)}<svg class="tl-map-spacer"${attr('width', size.minWidth)} height="0" aria-hidden="true"></svg></div></div>${legendHtml(map, focus !== undefined)}</div>`;
}

function legendHtml(map: StrategyMap, focus: boolean): Markup {
  return markup`<p class="tl-map-legend">${[
    focus && legendFocus,
    legendStatuses,
    map.edges.some((e) => e.kind === 'depends') && legendDepends,
    map.edges.some((e) => e.risk) && legendRisk,
    map.capped && legendMore,
  ]}</p>`;
}

const legendFocus = new Markup('<span class="tl-map-legend-focus">▭ thick blue outline: this page</span>');
const legendStatuses = new Markup(
  '<span>● On track</span> <span>▲ At risk</span> <span>✖ Off track</span> <span>○ Not started</span> ' +
    '<span>✔ Done</span> <span>⊘ Cancelled</span>',
);
const legendDepends = new Markup('<span>– – depends on</span>');
const legendRisk = new Markup('<span class="tl-map-legend-risk">▬ provider at risk</span>');
const legendMore = new Markup('<span>+N more: open the box to see the rest</span>');

/** The dependency map's list of what waits on a goal that is off track or at risk. */
function concernsHtml({ concerns, id }: StrategyMap): Markup | undefined {
  if (!concerns) return undefined;
  const blocked = concerns.filter((c) => c.level === 'blocked').length;
  const link = (end: { title: string; href?: string }) =>
    end.href ? markup`<a${attr('href', end.href)}>${end.title}</a>` : end.title;
  const items = concerns.map(
    (c) =>
      markup`<li${attr('class', `tl-map-concern-${c.level}`)}><strong>${c.level === 'blocked' ? '✖ Blocked' : '▲ At risk'}</strong>: ${[
        link(c.consumer),
        ` (${c.consumer.team}) waits on `,
        link(c.provider),
        ` (${c.provider.team}): ${statusLine(c.provider.status, c.provider.progress)}`,
      ]}</li>`,
  );
  return markup`<section class="tl-map-concerns"${attr('aria-labelledby', `${id}-concerns`)}><h3${attr('id', `${id}-concerns`)}>What is blocked: ${blocked} blocked, ${concerns.length - blocked} at risk</h3>${
    items.length === 0
      ? markup`<p>No dependency waits on a goal that is off track or at risk.</p>`
      : markup`<ul>${items}</ul>`
  }</section>`;
}

/** The map as lists; on the dependency map, one list per team lane. */
function outlineDetailsHtml(map: StrategyMap): Markup {
  const outline = outlineOf(map);
  const lists = map.lanes
    ? markup`<ul class="tl-map-lanes">${outline.map(
        ({ lane, items }) =>
          markup`<li>${lane?.href ? markup`<a${attr('href', lane.href)}>${lane.title}</a>` : lane?.title}${outlineHtml(items, map.id)}</li>`,
      )}</ul>`
    : outline.map(({ items }) => outlineHtml(items, map.id));
  return markup`<details class="tl-map-outline"><summary>The map as a list</summary>${lists}</details>`;
}

/** The Mermaid source, ready to copy. */
function sourceHtml(map: StrategyMap): Markup {
  const { id } = map;
  const mermaid = toMermaid(map);
  return markup`<details class="tl-map-source"><summary>For authors: Mermaid source of this map</summary><p class="tl-map-source-note">To paste the map into slides or a document; it draws without links.</p><button type="button" class="tl-map-copy"${attr('data-copy-source', `${id}-source`)} hidden>Copy Mermaid source</button><span class="tl-map-copy-status" role="status" data-copy-status></span><pre${attr('id', `${id}-source`)}><code>${mermaid}</code></pre></details>`;
}

const kindWords: Partial<Record<MapNode['kind'], string>> = {
  priority: 'Priority',
  theme: 'Theme',
  'key-result': 'Key result',
  decision: 'Decision',
  team: 'Team',
  brief: 'Brief',
};

/** What a box is and how it is going, in words: "Sales · ▲ At risk · 40%". */
function detailsOf(node: MapNode): string {
  const kind = node.kind === 'objective' ? node.team : kindWords[node.kind];
  return [kind, node.note ?? statusLine(node.status, node.progress)].filter(Boolean).join(' · ');
}

/**
 * Nested lists of links: the accessible, text-searchable (in the page) and printable version of
 * the drawing. A box with children gets a fold button (hidden until the map script runs)
 * pointing at the list under it; folding here folds the same branch of the drawing. Walked with
 * a stack of its own, so no chain of boxes is too long for it.
 */
function outlineHtml(roots: readonly OutlineItem[], mapId: string): Markup {
  let out = '<ul>';
  const open: { items: readonly OutlineItem[]; next: number }[] = [{ items: roots, next: 0 }];
  while (open.length > 0) {
    const level = open.at(-1)!;
    if (level.next === level.items.length) {
      open.pop();
      out += open.length > 0 ? '</ul></li>' : '</ul>';
      continue;
    }
    const item = level.items[level.next++]!;
    out += itemHtml(item, mapId).html;
    if (item.children.length > 0) {
      out += markup`<ul${attr('id', `${mapId}-list-${item.node.id}`)}>`.html;
      open.push({ items: item.children, next: 0 });
    } else out += '</li>';
  }
  return new Markup(out);
}

/** An entry of the list up to where the boxes under it begin: its link, tag, words, fold button and other lines. */
function itemHtml({ node, children, links }: OutlineItem, mapId: string): Markup {
  const details = detailsOf(node);
  const fold =
    children.length > 0 &&
    markup`<button type="button" class="tl-map-fold"${attr('data-fold', node.id)} aria-expanded="true"${[
      attr('aria-controls', `${mapId}-list-${node.id}`),
      attr('aria-label', `Show what is under ${node.title}`),
    ]} hidden>−</button>`;
  const lines =
    links.length > 0 &&
    markup`<ul class="tl-map-links">${links.map(
      (link) =>
        markup`<li>${link.verb}: ${linkTo(link.node)}${link.risk && markup`<strong class="tl-map-risk"> ▲ provider at risk</strong>`}</li>`,
    )}</ul>`;
  return markup`<li${attr('data-outline', node.id)}>${node.href ? linkTo(node) : markup`<span>${node.title}</span>`}${[
    node.tag && markup`<strong class="tl-map-tag"> (${node.tag})</strong>`,
    details && markup`<span class="tl-map-item-details"> — ${details}</span>`,
    fold,
    lines,
  ]}`;
}

/** A box's title, linked to its page when it has one. */
function linkTo(node: MapNode): Markup | string {
  return node.href ? markup`<a${attr('href', node.href)}>${node.title}</a>` : node.title;
}
