import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { pagefindOptions, searchBundles } from '../../src/render/search-options.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
};
/** Text a web server compresses; Pagefind's index files are compressed already and served as they are. */
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);

/** A static server for a built site on the loopback address, gzip level 9 for text, like a typical intranet server. */
export async function serve(
  root: string,
  extra: Record<string, string> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const cache = new Map<string, Uint8Array>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = extra[path] ?? normalize(join(root, path));
    if (!extra[path] && !file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream' };
    if (!compressible.has(ext) || !/\bgzip\b/.test(String(request.headers['accept-encoding'])))
      return void response.writeHead(200, headers).end(readFileSync(file));
    const body = cache.get(file) ?? gzipSync(readFileSync(file), { level: 9 });
    cache.set(file, body);
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
}

/** Compressed body bytes of every response the page receives while `action` runs, split by whether they belong to diagrams. */
async function countBytes(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ bytes: number; diagramBytes: number; requests: number }> {
  const pending: Promise<void>[] = [];
  let bytes = 0,
    diagramBytes = 0,
    requests = 0;
  const listener = (request: import('playwright-core').Request) => {
    pending.push(
      request.sizes().then((sizes) => {
        requests++;
        // Diagram code (Mermaid and its layout engines) loads only on pages that draw a diagram.
        if (/mermaid|dagre|cytoscape|elk|katex/i.test(request.url())) diagramBytes += sizes.responseBodySize;
        else bytes += sizes.responseBodySize;
      }),
    );
  };
  page.on('requestfinished', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('requestfinished', listener);
  await Promise.all(pending);
  return { bytes, diagramBytes, requests };
}

/** Every HTML file of a site, as paths relative to it. */
export function htmlFiles(siteDir: string): string[] {
  return (readdirSync(siteDir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(sep).join('/'));
}

/** The largest objective page: an HTML file whose URL ends in an objective's id or its `<cycle>/<team>/<file>` path. */
export function largestObjectivePage(siteDir: string, contentDir: string): string | undefined {
  const okrs = join(contentDir, 'okrs');
  const wanted = new Set<string>();
  for (const file of readdirSync(okrs, { recursive: true }) as string[]) {
    if (!file.endsWith('.md')) continue;
    const key = file.split(sep).join('/').replace(/\.md$/, '').toLowerCase();
    wanted.add(key);
    const id = /^id:\s*(\S+)/m.exec(readFileSync(join(okrs, file), 'utf8'))?.[1];
    if (id) wanted.add(id);
  }
  let best: { path: string; size: number } | undefined;
  for (const path of htmlFiles(siteDir)) {
    const route = path
      .replace(/(^|\/)index\.html$/, '')
      .replace(/\.html$/, '')
      .toLowerCase();
    const parts = route.split('/');
    if (!wanted.has(parts.at(-1)!) && !wanted.has(parts.slice(-3).join('/'))) continue;
    const size = statSync(join(siteDir, path)).size;
    if (!best || size > best.size) best = { path, size };
  }
  return best?.path;
}

/** Bytes a browser downloads to show a page: HTML, styles, scripts, fonts and images. */
export async function pageBytes(browser: Browser, siteUrl: string, path: string) {
  const page = await browser.newPage();
  try {
    return await countBytes(page, () => page.goto(`${siteUrl}/${path}`, { waitUntil: 'load' }));
  } finally {
    await page.close();
  }
}

/**
 * Bytes the first search downloads, with the options the site's search page uses: Pagefind's
 * script, its WebAssembly, the index's list of records, the index chunks and the fragments of
 * the first five results. With `withArchive`, the search archive (`pagefind-archive/`) is
 * merged in first, as the search page does when the reader asks for older cycles; undefined
 * when the site has no archive.
 */
export async function firstSearchBytes(
  browser: Browser,
  siteUrl: string,
  siteDir: string,
  term: string,
  options: { withArchive?: boolean } = {},
) {
  const files = (readdirSync(siteDir, { recursive: true }) as string[]).map((f) => f.split(sep).join('/'));
  const script = files.find((f) => f.endsWith('pagefind/pagefind.js'));
  const archive = files
    .find((f) => f.endsWith(`${searchBundles.archive}pagefind-entry.json`))
    ?.replace(/pagefind-entry\.json$/, '');
  if (!script || (options.withArchive && !archive)) return undefined;
  const page = await browser.newPage();
  try {
    // Any page of the site will do: the search starts from whatever the reader has open.
    const start = existsSync(join(siteDir, 'index.html')) ? '' : htmlFiles(siteDir)[0]!;
    await page.goto(`${siteUrl}/${start}`, { waitUntil: 'networkidle' });
    let results = 0;
    const counted = await countBytes(page, async () => {
      results = await page.evaluate(
        async ({ url, query, options, merge }) => {
          const pagefind = await import(url);
          await pagefind.options(options);
          if (merge) await pagefind.mergeIndex(merge);
          await pagefind.init();
          const search = await pagefind.search(query);
          await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
          return search.results.length as number;
        },
        {
          url: `${siteUrl}/${script}`,
          query: term,
          options: pagefindOptions,
          merge: options.withArchive ? `${siteUrl}/${archive}` : undefined,
        },
      );
    });
    return { ...counted, results };
  } finally {
    await page.close();
  }
}

/** The page with the largest generated map (the most boxes), and the map's element id. */
export function largestMap(siteDir: string): { path: string; id: string; nodes: number } | undefined {
  let best: { path: string; id: string; nodes: number } | undefined;
  for (const path of htmlFiles(siteDir)) {
    const html = readFileSync(join(siteDir, path), 'utf8');
    for (const [tag] of html.matchAll(/<figure\b[^>]*\bclass="tl-map"[^>]*>/g)) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      const nodes = Number(/\bdata-map-nodes="(\d+)"/.exec(tag)?.[1] ?? 0);
      if (id && (!best || nodes > best.nodes)) best = { path, id, nodes };
    }
  }
  return best;
}

/** Compressed bytes the generated maps (inline SVG, outline and source) add to a page's HTML. */
export function mapBytes(siteDir: string, path: string): number {
  const html = readFileSync(join(siteDir, path), 'utf8');
  const without = html.replace(/<figure\b[^>]*\bclass="tl-map"[\s\S]*?<\/figure>/g, '');
  return gzipSync(html, { level: 9 }).length - gzipSync(without, { level: 9 }).length;
}

/**
 * Milliseconds from navigation start until a map's drawing is painted, in a fresh page each
 * run: maps are drawn at build time, so this is the page's own load and layout.
 */
export async function timeToMap(browser: Browser, url: string, selector: string, runs = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(url, { waitUntil: 'commit' });
      times.push(
        await page.evaluate(async (wanted) => {
          for (;;) {
            const svg = document.querySelector(wanted);
            if (svg && svg.getBoundingClientRect().height > 0) break;
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          // The frame after the one that laid it out is the one that paints it.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now();
        }, selector),
      );
    } finally {
      await context.close();
    }
  }
  return times;
}
