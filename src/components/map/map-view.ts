/**
 * Zoom, pan and fold for the build-time map drawings, as an enhancement: without this script a
 * map is already fitted to its frame (down to a legible minimum) and scrolls. Zoom resizes the
 * SVG inside its scrolling frame, so panning is scrolling: scroll bars show where one is, touch
 * and wheel work natively, and the arrow keys move it. Folding places the boxes again with the
 * same placement the build uses.
 */
import { edgePath } from '../../model/maps/edge-path.ts';
import { hiddenBelow, placeTree, treeGaps, type PlacedBox } from '../../model/maps/tree-place.ts';
import { centreOf, fitScale, maxScale, minScale, scrollToCentre, zoomBy } from '../../model/maps/viewport.ts';

interface DrawnBox extends PlacedBox {
  el: SVGGElement;
  x: number;
  width: number;
}

const narrow = window.matchMedia('(max-width: 40rem)');
const step = 48;

function wire(figure: HTMLElement): void {
  const canvas = figure.querySelector<HTMLElement>('.tl-map-canvas');
  const svg = canvas?.querySelector<SVGSVGElement>('svg.tl-map-svg');
  const toolbar = figure.querySelector<HTMLElement>('.tl-map-toolbar');
  const level = figure.querySelector<HTMLElement>('[data-zoom-level]');
  if (!canvas || !svg || !toolbar || !level) return;
  figure.dataset.wired = '';
  figure.classList.add('tl-map-js');
  toolbar.hidden = false;
  const width = Number(figure.dataset.mapWidth);
  let height = Number(figure.dataset.mapHeight);
  let scale = 1;
  let fitted = true;
  const frame = () => ({ width: canvas.clientWidth, height: canvas.clientHeight });
  // The figure's width, less the frame's border: what the drawing may fill.
  const room = () => figure.clientWidth - (canvas.offsetWidth - canvas.clientWidth);
  const middle = () => ({
    x: (canvas.scrollLeft + frame().width / 2) / scale,
    y: (canvas.scrollTop + frame().height / 2) / scale,
  });
  const button = (name: string) => toolbar.querySelector<HTMLButtonElement>(`[data-zoom="${name}"]`)!;

  /** Draws the map at a scale, keeping a point of it (by default the one in the middle) in the middle. */
  const show = (next: number, around = middle()) => {
    scale = next;
    svg.setAttribute('width', String(Math.round(width * scale)));
    svg.setAttribute('height', String(Math.round(height * scale)));
    const { left, top } = scrollToCentre(around, scale, { width, height }, frame());
    canvas.scrollTo(left, top);
    const fit = fitScale(width, room());
    level.textContent = `${Math.round(scale * 100)} %${fitted ? ' (fitted to width)' : ''}`;
    button('in').disabled = scale >= maxScale;
    button('out').disabled = scale <= Math.min(fit, minScale);
  };
  const zoom = (direction: 1 | -1 | 0, around?: { x: number; y: number }) => {
    fitted = direction === 0;
    const fit = fitScale(width, room());
    show(direction === 0 ? fit : zoomBy(scale, direction, fit), around);
  };

  toolbar.addEventListener('click', (event) => {
    const name = (event.target as Element).closest<HTMLButtonElement>('[data-zoom]')?.dataset.zoom;
    if (name) zoom(name === 'in' ? 1 : name === 'out' ? -1 : 0);
  });
  canvas.addEventListener('keydown', (event) => {
    if (event.target !== canvas || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    if (event.key === '+' || event.key === '=') zoom(1);
    else if (event.key === '-' || event.key === '_') zoom(-1);
    else if (event.key === '0') zoom(0);
    else if (moves[event.key]) canvas.scrollBy(...moves[event.key]!);
    else return;
    event.preventDefault();
  });
  // Ctrl + wheel (and a trackpad pinch) zooms around the pointer; a plain wheel scrolls.
  canvas.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const bounds = svg.getBoundingClientRect();
      zoom(event.deltaY < 0 ? 1 : -1, {
        x: (event.clientX - bounds.left) / scale,
        y: (event.clientY - bounds.top) / scale,
      });
    },
    { passive: false },
  );
  panByDragging(canvas);
  foldable(figure, svg, (newHeight) => {
    height = newHeight;
    show(scale);
  });

  const focus = figure.dataset.focus?.split(' ').map(Number);
  const subject =
    focus?.length === 4 ? centreOf({ x: focus[0]!, y: focus[1]!, width: focus[2]!, height: focus[3]! }) : undefined;
  zoom(0, subject ?? { x: 0, y: 0 });
  new ResizeObserver(() => {
    if (fitted) zoom(0);
  }).observe(figure);
  if (narrow.matches) figure.querySelector<HTMLDetailsElement>('.tl-map-outline')?.setAttribute('open', '');
}

/** Dragging with a mouse scrolls the drawing; a drag never follows the link it started on. */
function panByDragging(canvas: HTMLElement): void {
  let start: { x: number; y: number; left: number; top: number } | undefined;
  let dragged = false;
  canvas.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    start = { x: event.clientX, y: event.clientY, left: canvas.scrollLeft, top: canvas.scrollTop };
    dragged = false;
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!start) return;
    const [dx, dy] = [event.clientX - start.x, event.clientY - start.y];
    if (!dragged && Math.hypot(dx, dy) < 5) return;
    if (!dragged) canvas.setPointerCapture(event.pointerId);
    dragged = true;
    canvas.classList.add('tl-map-dragging');
    canvas.scrollTo(start.left - dx, start.top - dy);
  });
  const stop = () => {
    start = undefined;
    canvas.classList.remove('tl-map-dragging');
  };
  canvas.addEventListener('pointerup', stop);
  canvas.addEventListener('pointercancel', stop);
  canvas.addEventListener(
    'click',
    (event) => {
      if (!dragged) return;
      dragged = false;
      event.preventDefault();
      event.stopPropagation();
    },
    true,
  );
}

/**
 * Folding branches: the − / + beside a box in the drawing and the button beside the same entry
 * in the list share one state, so the list always shows what the drawing shows.
 */
function foldable(figure: HTMLElement, svg: SVGSVGElement, resized: (height: number) => void): void {
  const folded = new Set<string>();
  const boxes = new Map<string, DrawnBox>();
  for (const el of svg.querySelectorAll<SVGGElement>('[data-box]')) {
    const rect = el.querySelector('rect')!;
    const y = Number(/translate\([\d.]+ ([\d.]+)\)/.exec(el.getAttribute('transform') ?? '')?.[1] ?? 0);
    boxes.set(el.dataset.box!, {
      el,
      level: Number(el.dataset.level),
      x: Number(el.dataset.x),
      y,
      width: Number(rect.getAttribute('width')),
      height: Number(rect.getAttribute('height')),
    });
  }
  const kids = (id: string) => boxes.get(id)?.el.dataset.kids?.split(' ') ?? [];
  const roots = svg.dataset.roots?.split(' ').filter(Boolean) ?? [];
  const width = svg.viewBox.baseVal.width;
  const listButtons = [...figure.querySelectorAll<HTMLButtonElement>('button[data-fold]')].filter(
    (b) => kids(b.dataset.fold!).length,
  );
  for (const b of listButtons) b.hidden = false;

  const relayout = () => {
    const hidden = hiddenBelow(folded, kids);
    const shown = new Map([...boxes].filter(([id]) => !hidden.has(id)));
    placeTree(roots, kids, shown, treeGaps);
    let bottom = 0;
    for (const [id, box] of boxes) {
      box.el.classList.toggle('tl-map-hidden', hidden.has(id));
      box.el.setAttribute('transform', `translate(${box.x} ${box.y})`);
      if (!hidden.has(id)) bottom = Math.max(bottom, box.y + box.height);
    }
    for (const toggle of svg.querySelectorAll<SVGGElement>('[data-toggle]')) {
      const id = toggle.dataset.toggle!;
      const box = boxes.get(id)!;
      toggle.classList.toggle('tl-map-hidden', hidden.has(id));
      toggle.classList.toggle('tl-map-folded', folded.has(id));
      toggle.setAttribute('transform', `translate(${box.x + box.width + 10} ${box.y + box.height / 2})`);
    }
    for (const edge of svg.querySelectorAll<SVGPathElement>('[data-from]')) {
      const [from, to] = [edge.dataset.from!, edge.dataset.to!];
      const gone = hidden.has(from) || hidden.has(to) || !boxes.has(from) || !boxes.has(to);
      edge.classList.toggle('tl-map-hidden', gone);
      if (!gone) edge.setAttribute('d', edgePath(boxes.get(from)!, boxes.get(to)!));
    }
    for (const b of listButtons) {
      const open = !folded.has(b.dataset.fold!);
      b.setAttribute('aria-expanded', String(open));
      b.textContent = open ? '−' : '+';
      const list = document.getElementById(b.getAttribute('aria-controls')!);
      if (list) list.hidden = !open;
    }
    const height = Math.ceil(bottom + treeGaps.margin);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    resized(height);
  };
  const toggle = (id: string) => {
    if (folded.has(id)) folded.delete(id);
    else folded.add(id);
    relayout();
  };
  for (const b of listButtons) b.addEventListener('click', () => toggle(b.dataset.fold!));
  svg.addEventListener('click', (event) => {
    const id = (event.target as Element).closest<SVGGElement>('[data-toggle]')?.dataset.toggle;
    if (id) toggle(id);
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('figure.tl-map:not([data-wired])')) wire(figure);
