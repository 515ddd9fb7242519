import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cssUrls, readSite, referencesOf, type BuiltSite } from './html.ts';

/** Something in the built site that would make a reader's browser contact another host. */
export interface OutsideReference {
  /** Path relative to the built site. */
  file: string;
  line: number;
  column: number;
  url: string;
  /** What would fetch it: `script src`, `style url()`, `fetch()` in a script… */
  via: string;
}

/**
 * Code patterns in scripts that reach a network address given literally. Plain strings in a
 * bundle (XML namespaces, documentation links in comments) are not requests and are left alone.
 */
const scriptRequests: [RegExp, string][] = [
  [/\bimport\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g, 'import()'],
  [/\bfrom\s*["']((?:https?:)?\/\/[^"']+)/g, 'import'],
  [/\bimportScripts\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g, 'importScripts()'],
  [/\bfetch\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g, 'fetch()'],
  [/\bsendBeacon\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g, 'sendBeacon()'],
  [/\bnew\s+(?:Shared)?Worker\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/g, 'Worker'],
  [/\bnew\s+(?:WebSocket|EventSource)\s*\(\s*["'`]((?:wss?:|https?:)?\/\/[^"'`]+)/g, 'socket'],
  [/\.open\s*\(\s*["'`](?:GET|POST|PUT)["'`]\s*,\s*["'`]((?:https?:)?\/\/[^"'`]+)/gi, 'XMLHttpRequest'],
];

/**
 * Finds everything in a built site that loads from another host: scripts, styles, images,
 * fonts, frames, preconnects, form targets, `url()` in CSS and literal requests in scripts.
 * Links a reader chooses to follow (`<a href>` to an issue tracker, an edit link) are not
 * requests and are allowed.
 */
export function findOutsideReferences(dirOrSite: string | BuiltSite): OutsideReference[] {
  const site = typeof dirOrSite === 'string' ? readSite(dirOrSite) : dirOrSite;
  const found: OutsideReference[] = [];
  for (const [file, elements] of site.pages) {
    for (const reference of referencesOf(elements)) {
      // A form submits and a refresh navigates without the reader choosing that host.
      const outside = reference.loads || /^(form|button|input|meta) /.test(reference.via);
      if (outside && isOtherHost(reference.url))
        found.push({ file, line: reference.line, column: reference.column, url: reference.url, via: reference.via });
    }
    for (const element of elements) {
      if (element.tag === 'script' && element.text) found.push(...scanScript(file, element.text, element.line));
    }
  }
  for (const [file, css] of site.styles) {
    for (const url of cssUrls(css))
      if (isOtherHost(url)) found.push({ file, line: lineOf(css, url), column: 1, url, via: 'style url()' });
  }
  for (const file of site.files) {
    if (/\.m?js$/.test(file)) found.push(...scanScript(file, readFileSync(join(site.dir, file), 'utf8'), 1));
  }
  return found;
}

/**
 * The stricter inventory: every attribute of every page whose value is a URL on another host,
 * whatever it does, except the two kinds that contact nothing on their own: XML namespaces
 * (`xmlns="http://www.w3.org/2000/svg"`, a name, never fetched) and links a reader follows
 * (`<a href>`, `<area href>`: an initiative's tracker link, the edit link). An `og:image`, a
 * canonical link or a `data-` attribute naming another host is reported, so the site never
 * points anywhere it does not have to.
 */
export function findOtherHostMentions(dirOrSite: string | BuiltSite): OutsideReference[] {
  const site = typeof dirOrSite === 'string' ? readSite(dirOrSite) : dirOrSite;
  const found: OutsideReference[] = [];
  for (const [file, elements] of site.pages) {
    for (const { tag, attributes, line, column } of elements) {
      for (const [name, value] of Object.entries(attributes)) {
        if (name === 'xmlns' || name.startsWith('xmlns:') || ((tag === 'a' || tag === 'area') && name === 'href'))
          continue;
        // A value that is a URL, or lists URLs (srcset, `url()` in a style; a refresh's `url=` is a load, found above).
        // Prose in a `title` or `alt` that merely quotes an address is not a reference.
        const urls = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value)
          ? [value.trim()]
          : ['srcset', 'imagesrcset', 'style'].includes(name)
            ? [...value.matchAll(/(?:^|[\s,(=])['"]?((?:(?:https?|wss?|ftp):)?\/\/[^\s"'),]+)/gi)].map((m) => m[1]!)
            : [];
        for (const url of urls) if (isOtherHost(url)) found.push({ file, line, column, url, via: `${tag} ${name}` });
      }
    }
  }
  return found;
}

/** `file:line:column: via names url, on another host`. */
export function formatHostMention(mention: OutsideReference): string {
  return `${mention.file}:${mention.line}:${mention.column}: ${mention.via} names ${mention.url}, on another host`;
}

/** `file:line:column: via loads url`. */
export function formatOutsideReference(reference: OutsideReference): string {
  return `${reference.file}:${reference.line}:${reference.column}: ${reference.via} loads ${reference.url} from another host`;
}

/** True for absolute and protocol-relative network URLs; relative paths, `data:` and `mailto:` stay on the site. */
export function isOtherHost(url: string): boolean {
  return /^\s*(?:(?:https?|wss?|ftp):)?\/\/[^/]/i.test(url);
}

function scanScript(file: string, code: string, firstLine: number): OutsideReference[] {
  const found: OutsideReference[] = [];
  for (const [pattern, via] of scriptRequests) {
    for (const m of code.matchAll(pattern)) {
      found.push({
        file,
        line: firstLine + lineOf(code.slice(0, m.index), '') - 1,
        column: 1,
        url: m[1]!,
        via: `${via} in a script`,
      });
    }
  }
  return found;
}

function lineOf(text: string, needle: string): number {
  const index = needle ? text.indexOf(needle) : text.length;
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}
