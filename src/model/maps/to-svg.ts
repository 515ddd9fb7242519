import { layoutMap, metrics, type Box, type BoxLine, type Layout } from './layout.ts';
import { edgePath } from './edge-path.ts';
import type { MapEdge, StrategyMap } from './map.ts';

/** Text and attribute values escaped for XML: titles are author text and must never become markup. */
export function escapeXml(text: string): string {
  // Most titles have nothing to escape: one test then, rather than a replace that copies the text.
  return special.test(text) ? text.replace(specials, (c) => entities[c]!) : text;
}

const special = /[&<>"']/;
const specials = /[&<>"']/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Only site paths, fragments and http(s) URLs become links; anything else (`javascript:`, `data:`) is dropped. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:\/\//i.test(href)) return undefined;
  return href;
}

const round = (n: number) => Math.round(n * 10) / 10;

function edgeTitle(edge: MapEdge, layout: Layout): string {
  const from = layout.boxes.get(edge.from)!.node.title;
  const to = layout.boxes.get(edge.to)!.node.title;
  const verb =
    edge.kind === 'depends'
      ? 'depends on'
      : edge.kind === 'affects'
        ? 'changed'
        : edge.kind === 'measures'
          ? 'is measured by'
          : 'is delivered by';
  return `${from} ${verb} ${to}${edge.risk ? ' (provider at risk)' : ''}`;
}

function renderEdge(edge: MapEdge, layout: Layout, mapId: string): string {
  const from = layout.boxes.get(edge.from);
  const to = layout.boxes.get(edge.to);
  if (!from || !to) return '';
  const classes = `tl-map-edge tl-map-edge-${edge.kind}${edge.risk ? ' tl-map-edge-risk' : ''}${to.node.kind === 'more' ? ' tl-map-edge-more' : ''}`;
  const marker = edge.kind === 'measures' ? '' : ` marker-end="url(#${mapId}-arrow${edge.risk ? '-risk' : ''})"`;
  return `<path class="${classes}" d="${edgePath(from, to)}"${marker} data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"><title>${escapeXml(edgeTitle(edge, layout))}</title></path>`;
}

/** The ids of a box's children, when it has any and the map is a tree: what a reader may fold. */
function kidsOf(map: StrategyMap, id: string): string[] {
  return map.lanes ? [] : (map.children.get(id) ?? []);
}

/**
 * A fold button beside a box with children: a circle with − (or + when folded) in the gap to its
 * right, outside the box's link. Shown only when the map script runs, which makes it work; the
 * list beside the drawing has the same buttons for keyboards and screen readers.
 */
function renderToggle(box: Box): string {
  const x = round(box.x + box.width + 10);
  const y = round(box.y + box.height / 2);
  return (
    `<g class="tl-map-toggle" data-toggle="${escapeXml(box.node.id)}" transform="translate(${x} ${y})">` +
    `<circle r="8"/><path d="M-4 0H4"/><path class="tl-map-toggle-plus" d="M0 -4V4"/></g>`
  );
}

/**
 * The tooltip of a box: its team, its whole title and how it is going. Boxes share their lines
 * only when drawn with the same words (layout.ts), so the lines can stand for the tooltip too.
 */
function boxTitle({ node, lines }: Box): string {
  let title = titles.get(lines);
  if (title === undefined) {
    const tooltip = [node.team, node.title, ...lines.filter((l) => l.style === 'status').map((l) => l.text)]
      .filter(Boolean)
      .join(' — ');
    titles.set(lines, (title = `<title>${escapeXml(tooltip)}</title>`));
  }
  return title;
}

const titles = new WeakMap<readonly BoxLine[], string>();

/**
 * A box's lines as SVG text. Left-aligned text depends on the lines alone, and boxes drawn with
 * the same words share their lines (layout.ts): written once per lines, not once per map.
 */
function boxText(box: Box): string {
  const centred = box.node.kind === 'more' || box.node.kind === 'unaligned';
  if (centred) return textOf(box.lines, box.width / 2, ' text-anchor="middle"');
  let text = leftText.get(box.lines);
  if (text === undefined) leftText.set(box.lines, (text = textOf(box.lines, metrics.padX, '')));
  return text;
}

const leftText = new WeakMap<readonly BoxLine[], string>();

function textOf(lines: readonly BoxLine[], x: number, anchor: string): string {
  let y = metrics.padY;
  const tspans = lines.map((line) => {
    const size = metrics.fontSize[line.style];
    const height = metrics.lineHeight[line.style];
    // Baseline: centred in the line box, with the font's descent below it.
    const baseline = y + (height - size) / 2 + size * 0.8;
    y += height;
    return `<tspan class="tl-map-${line.style}" x="${round(x)}" y="${round(baseline)}">${escapeXml(line.text)}</tspan>`;
  });
  return `<text${anchor}>${tspans.join('')}</text>`;
}

function renderBox(box: Box, kids: readonly string[]): string {
  const { node } = box;
  const classes = [
    'tl-map-node',
    `tl-map-${node.kind}`,
    node.status ? `tl-map-${node.status}` : '',
    node.focus ? 'tl-map-focus' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const group =
    `<g class="${classes}" transform="translate(${round(box.x)} ${round(box.y)})" data-box="${escapeXml(node.id)}" data-level="${node.level}" data-x="${round(box.x)}"${kids.length ? ` data-kids="${escapeXml(kids.join(' '))}"` : ''}>` +
    `${boxTitle(box)}<rect width="${box.width}" height="${round(box.height)}" rx="6"/>${boxText(box)}</g>`;
  const href = safeHref(node.href);
  // Keyboard and screen-reader users follow the same links in the list beside the drawing, or in the page's own sections.
  return href ? `<a href="${escapeXml(href)}" tabindex="-1">${group}</a>` : group;
}

/**
 * Draws a map as a self-contained SVG string at build time: no script, no inline style, no font
 * or anything else fetched; colours and line patterns come from classes the site stylesheet sets,
 * so the drawing follows light and dark. Hidden from assistive technology: the nested list of the
 * same map is the accessible version (on an objective's page, the page's own sections).
 */
export function toSvg(map: StrategyMap, layout: Layout = layoutMap(map)): string {
  const id = escapeXml(map.id);
  const marker = (suffix: string, extra: string) =>
    // Sized in user units, so a thick line does not get a giant arrowhead.
    `<marker id="${id}-arrow${suffix}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse">` +
    `<path class="tl-map-arrow${extra}" d="M0 0L10 5L0 10z"/></marker>`;
  const bands = layout.bands.map((band) => {
    const title = `<text class="tl-map-band-title" x="${metrics.margin + 4}" y="${round(band.y + 16)}">${escapeXml(band.lane.title)}</text>`;
    const href = safeHref(band.lane.href);
    return (
      `<g class="tl-map-band"><rect x="${metrics.margin / 2}" y="${round(band.y)}" width="${layout.width - metrics.margin}" height="${round(band.height)}" rx="8"/>` +
      `${href ? `<a href="${escapeXml(href)}" tabindex="-1">${title}</a>` : title}</g>`
    );
  });
  const edges = map.edges.map((edge) => renderEdge(edge, layout, id));
  const boxes = [...layout.boxes.values()].map((box) => renderBox(box, kidsOf(map, box.node.id)));
  const toggles = [...layout.boxes.values()].filter((box) => kidsOf(map, box.node.id).length).map(renderToggle);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="tl-map-svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" aria-hidden="true" data-roots="${escapeXml(map.lanes ? '' : map.roots.join(' '))}">` +
    `<defs>${marker('', '')}${marker('-risk', ' tl-map-arrow-risk')}</defs>` +
    `<g class="tl-map-bands">${bands.join('')}</g><g class="tl-map-edges">${edges.join('')}</g><g class="tl-map-nodes">${boxes.join('')}</g><g class="tl-map-toggles">${toggles.join('')}</g></svg>`
  );
}
