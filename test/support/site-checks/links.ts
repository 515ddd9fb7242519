import { didYouMean, suggest } from '../../../src/model/suggest.ts';
import { anchorsOf, cssUrls, readSite, referencesOf, type BuiltSite } from './html.ts';

/** A link or resource of the built site that leads nowhere. */
export interface LinkProblem {
  /** Path of the page or style sheet, relative to the built site. */
  file: string;
  line: number;
  column: number;
  url: string;
  message: string;
}

export interface LinkCheckOptions {
  /**
   * The base path the site was built for (Astro's `base`).
   * @default '/'
   */
  base?: string;
}

/** A made-up origin to resolve URLs against; any other origin is another host. */
const origin = 'http://site.invalid';

/**
 * Checks that every internal link, resource and `#fragment` of a built site resolves to a
 * file and an id in it, and stays under the base path. Links to other hosts are left to
 * the outside-host scan. Two phases, as in remark-validate-links: read every page's anchors
 * first, then resolve every reference against them.
 */
export function checkLinks(dirOrSite: string | BuiltSite, options: LinkCheckOptions = {}): LinkProblem[] {
  const site = typeof dirOrSite === 'string' ? readSite(dirOrSite) : dirOrSite;
  const base = normaliseBase(options.base ?? '/');
  const files = new Set(site.files);
  const anchors = new Map([...site.pages].map(([file, elements]) => [file, anchorsOf(elements)]));
  const pageUrls = [...site.pages.keys()].map((file) => base + urlPathOf(file));
  const problems: LinkProblem[] = [];

  /** Why one URL of one file leads nowhere, or nothing when it resolves. */
  const problemOf = (file: string, url: string, via: string): string | undefined => {
    if (/^\s*(javascript|vbscript):/i.test(url)) return `${via} is a script URL, not a link`;
    if (url === '' || url === '#') return undefined;
    if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) {
      return `Relative ${via} "${url}" on the 404 page resolves differently at every missing address; start it with the base path`;
    }
    let target: URL;
    try {
      target = new URL(url, origin + base + urlPathOf(file));
    } catch {
      return `${via} "${url}" is not a valid URL`;
    }
    if (target.origin !== origin) return undefined;
    const path = safeDecode(target.pathname);
    if (!`${path}/`.startsWith(base)) return `${via} "${url}" leaves the base path "${base}"`;
    const found = resolveFile(files, path.slice(base.length));
    if (!found) return `Cannot find ${path}${didYouMean(path, pageUrls)}`;
    const fragment = safeDecode(target.hash.slice(1));
    if (fragment === '' || fragment === 'top' || !found.endsWith('.html')) return undefined;
    const ids = anchors.get(found)!;
    if (ids.has(fragment)) return undefined;
    const close = suggest(fragment, ids);
    return `Cannot find "#${fragment}" in ${path}${close ? `; did you mean "#${close}"?` : ''}`;
  };

  for (const [file, elements] of site.pages) {
    for (const { url, via, line, column } of referencesOf(elements)) {
      const message = problemOf(file, url, via);
      if (message) problems.push({ file, line, column, url, message });
    }
  }
  for (const [file, css] of site.styles) {
    for (const url of cssUrls(css)) {
      const message = url.startsWith('data:') ? undefined : problemOf(file, url, 'url()');
      if (message)
        problems.push({ file, line: css.slice(0, css.indexOf(url)).split('\n').length, column: 1, url, message });
    }
  }
  return problems;
}

/** `file:line:column: message`, the way compilers and remark report. */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** `/intranet` → `/intranet/`; '' → `/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/*|\/*$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The address a built file is served at, relative to the base path. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '';
  if (file.endsWith('/index.html')) return file.slice(0, -'index.html'.length);
  return file;
}

/** The file a static server answers with: `x/` is `x/index.html`, `x` may be a file, a folder or `x.html`. */
function resolveFile(files: Set<string>, path: string): string | undefined {
  if (path === '' || path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  for (const candidate of [path, `${path}/index.html`, `${path}.html`]) if (files.has(candidate)) return candidate;
  return undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
