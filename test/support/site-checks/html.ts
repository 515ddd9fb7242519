import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** One element of a built page, flattened, with where it starts. */
export interface HtmlElement {
  /** Lower-case tag name (`a`, `script`, `image` inside SVG…). */
  tag: string;
  /** Attributes, entities decoded, names lower-cased. */
  attributes: Record<string, string>;
  line: number;
  column: number;
  /** Text inside `<script>` and `<style>`; the only elements whose text the gates read. */
  text?: string;
}

/** A URL that a page points to, with whether the browser fetches it on its own. */
export interface HtmlReference {
  url: string;
  /** `a href`, `img srcset`, `style url()`…: what the reference is, for messages. */
  via: string;
  /** True for what loads with the page (scripts, styles, images, frames); false for links a reader follows. */
  loads: boolean;
  line: number;
  column: number;
}

/** Links a reader follows; any other `<link rel>` makes the browser fetch something. */
const navigationalRels = new Set([
  'canonical',
  'alternate',
  'next',
  'prev',
  'author',
  'license',
  'help',
  'bookmark',
  'me',
  'search',
]);

/** Attributes holding a URL, per tag, and whether the browser fetches it on its own. */
const urlAttributes: Record<string, Record<string, boolean>> = {
  a: { href: false, 'xlink:href': false, ping: true },
  area: { href: false, ping: true },
  form: { action: false },
  button: { formaction: false },
  input: { formaction: false, src: true },
  script: { src: true, href: true, 'xlink:href': true },
  img: { src: true },
  source: { src: true },
  track: { src: true },
  video: { src: true, poster: true },
  audio: { src: true },
  iframe: { src: true },
  frame: { src: true },
  embed: { src: true },
  object: { data: true },
  image: { href: true, 'xlink:href': true },
  use: { href: true, 'xlink:href': true },
  feimage: { href: true, 'xlink:href': true },
  body: { background: true },
};

/** Parses one page into a flat list of elements. */
export function parseHtml(text: string): HtmlElement[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const elements: HtmlElement[] = [];
  let open: HtmlElement | undefined;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const { line, column } = positionOf(lineStarts, parser.startIndex);
        const element: HtmlElement = { tag, attributes, line, column };
        if (tag === 'script' || tag === 'style') {
          element.text = '';
          open = element;
        }
        elements.push(element);
      },
      ontext(data) {
        if (open) open.text += data;
      },
      onclosetag() {
        open = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  return elements;
}

/** Every id a fragment can point to: `id` attributes and `<a name>`. */
export function anchorsOf(elements: readonly HtmlElement[]): Set<string> {
  const ids = new Set<string>();
  for (const { tag, attributes } of elements) {
    if (attributes.id !== undefined) ids.add(attributes.id);
    if (tag === 'a' && attributes.name !== undefined) ids.add(attributes.name);
  }
  return ids;
}

/** Every URL in a page: attributes, `srcset`, `<meta http-equiv=refresh>`, and `url()` in styles. */
export function referencesOf(elements: readonly HtmlElement[]): HtmlReference[] {
  const references: HtmlReference[] = [];
  for (const element of elements) {
    const { tag, attributes, line, column } = element;
    const add = (url: string, via: string, loads: boolean) =>
      references.push({ url: url.trim(), via, loads, line, column });
    const own = urlAttributes[tag] ?? {};
    for (const [name, loads] of Object.entries(own)) {
      const value = attributes[name];
      if (value === undefined) continue;
      if (name === 'ping') for (const url of value.split(/\s+/).filter(Boolean)) add(url, `${tag} ${name}`, loads);
      else add(value, `${tag} ${name}`, loads);
    }
    if (tag === 'link' && attributes.href !== undefined) {
      const rels = (attributes.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      add(attributes.href, `link rel=${rels.join(' ')}`, !rels.every((rel) => navigationalRels.has(rel)));
    }
    for (const name of ['srcset', 'imagesrcset']) {
      if (attributes[name] !== undefined)
        for (const url of srcsetUrls(attributes[name])) add(url, `${tag} ${name}`, true);
    }
    if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.content ?? '');
      if (target) add(target[1]!, 'meta refresh', false);
    }
    if (attributes.style !== undefined) for (const url of cssUrls(attributes.style)) add(url, `${tag} style`, true);
    if (tag === 'style' && element.text) for (const url of cssUrls(element.text)) add(url, 'style', true);
  }
  return references;
}

/** URLs in CSS: `url(…)` and `@import "…"`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi))
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2] ?? '');
  return urls.filter((url) => url !== '');
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S+\s)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function positionOf(lineStarts: readonly number[], index: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: index - lineStarts[low]! + 1 };
}

/** Files under a folder, sorted, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The pages of a built site, parsed once, and its style sheets. */
export interface BuiltSite {
  dir: string;
  files: string[];
  pages: Map<string, HtmlElement[]>;
  styles: Map<string, string>;
}

/** Reads every `.html` and `.css` file of a built site. */
export function readSite(dir: string): BuiltSite {
  const files = listFiles(dir);
  const pages = new Map<string, HtmlElement[]>();
  const styles = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, parseHtml(readFileSync(join(dir, file), 'utf8')));
    else if (file.endsWith('.css')) styles.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  return { dir, files, pages, styles };
}
