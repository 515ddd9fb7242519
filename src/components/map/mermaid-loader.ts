/**
 * Draws authors' ```mermaid blocks (rendered as `<pre class="mermaid">` with their escaped source)
 * with the official Mermaid, self-hosted. Mermaid (about 2 MB of script) is fetched only when the
 * first diagram comes near the viewport, in `strict` security mode, in the theme the page shows;
 * without JavaScript the source stays readable where it is. A diagram that carries its own Mermaid
 * configuration, or what `check` refuses in a diagram (click, href, javascript:, HTML in a label),
 * is not drawn (model/mermaid-config.ts).
 */
import { wireCopyButtons } from './copy-source.ts';
import { diagramConfigProblem } from '../../model/mermaid-config.ts';

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

interface Drawn {
  canvas: HTMLElement;
  source: string;
}

const entry = document.querySelector<HTMLElement>('[data-mermaid-src]')?.dataset.mermaidSrc;
const drawn: Drawn[] = [];
let loading: Promise<Mermaid> | undefined;
let count = 0;

/** The page's theme: an explicit `data-theme` on <html> wins over the system setting. */
function isDark(): boolean {
  const theme = document.documentElement.dataset.theme;
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  return matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Mermaid's `base` theme fed with the map palette (map.css), so author diagrams match the
 * generated maps and keep text contrast in both modes. Mermaid needs literal colours, not
 * `var()`, hence reading the custom properties' values.
 */
function themeVariables(): Record<string, string | boolean> {
  const style = getComputedStyle(document.documentElement);
  const get = (name: string, fallback: string) => style.getPropertyValue(`--tl-map-${name}`).trim() || fallback;
  const dark = isDark();
  const background = get('bg', dark ? '#0d1117' : '#ffffff');
  return {
    darkMode: dark,
    background,
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
    primaryColor: get('neutral-bg', dark ? '#161b22' : '#f6f8fa'),
    primaryBorderColor: get('neutral', dark ? '#8b949e' : '#6e7781'),
    primaryTextColor: get('fg', dark ? '#e6edf3' : '#1f2328'),
    secondaryColor: get('done-bg', dark ? '#121d2f' : '#ddf4ff'),
    tertiaryColor: get('at-risk-bg', dark ? '#272115' : '#fff4d6'),
    lineColor: get('neutral', dark ? '#8b949e' : '#6e7781'),
    textColor: get('fg', dark ? '#e6edf3' : '#1f2328'),
    edgeLabelBackground: background,
  };
}

function load(): Promise<Mermaid> {
  // The URL is built at run time so the bundler leaves Mermaid's own files alone.
  loading ??= import(/* @vite-ignore */ entry!).then((module: { default: Mermaid }) => module.default);
  return loading;
}

async function render(target: Drawn): Promise<void> {
  const mermaid = await load();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    themeVariables: themeVariables(),
    // Mermaid's defaults, stated so a site-wide change cannot loosen them.
    maxTextSize: 50_000,
    maxEdges: 500,
  });
  const { svg } = await mermaid.render(`tl-diagram-${++count}`, target.source);
  target.canvas.innerHTML = svg;
}

/** Says, above a diagram's source, why it is not drawn. */
function explain(pre: HTMLElement, reason: string): void {
  const message = document.createElement('p');
  message.className = 'tl-diagram-error';
  message.textContent = `This diagram could not be drawn: ${reason}`;
  pre.before(message);
}

/** Turns one `<pre class="mermaid">` into a figure: the drawing, then its source with a copy button. */
async function draw(pre: HTMLElement): Promise<void> {
  const started = performance.now();
  const source = pre.textContent ?? '';
  const refused = diagramConfigProblem(source);
  if (refused) {
    explain(pre, `${refused}.`);
    return;
  }
  const figure = document.createElement('figure');
  figure.className = 'tl-diagram';
  const canvas = document.createElement('div');
  canvas.className = 'tl-diagram-canvas';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'Diagram; its Mermaid source follows');
  const details = document.createElement('details');
  details.className = 'tl-map-source';
  const id = `tl-diagram-source-${drawn.length + 1}`;
  details.innerHTML =
    '<summary>Mermaid source</summary><button type="button" class="tl-map-copy" hidden>Copy Mermaid source</button><span class="tl-map-copy-status" role="status" data-copy-status></span>';
  details.querySelector('button')!.dataset.copySource = id;
  pre.classList.replace('mermaid', 'tl-diagram-source');
  pre.id = id;
  const target = { canvas, source };
  try {
    await render(target);
  } catch (error) {
    // A diagram Mermaid cannot read stays as its source, with the reason; the page goes on.
    explain(pre, (error as Error).message.split('\n')[0]!);
    console.warn('Mermaid diagram not drawn:', error);
    return;
  }
  drawn.push(target);
  pre.replaceWith(figure);
  details.append(pre);
  figure.append(canvas, details);
  figure.dataset.renderMs = String(Math.round(performance.now() - started));
  wireCopyButtons(figure);
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const item of entries) {
      if (!item.isIntersecting) continue;
      observer.unobserve(item.target);
      void draw(item.target as HTMLElement);
    }
  },
  { rootMargin: '200px 0px' },
);

if (entry) for (const pre of document.querySelectorAll<HTMLElement>('pre.mermaid')) observer.observe(pre);

/** Redraws what is on screen when the theme changes, so diagrams never keep the old colours. */
function redraw(): void {
  for (const target of drawn) void render(target);
}
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', redraw);
new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
