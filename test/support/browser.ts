import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describeWithTool } from './environment.ts';

/** CHROMIUM_PATH when set (and then only it), else where Debian, Ubuntu and Chrome put the browser. */
const candidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser the tests drive, or undefined when none is installed. */
export const chromiumPath = candidates.find((path): path is string => !!path && existsSync(path));

export const installHint =
  'Browser tests need Chromium: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * `describe` for tests that need a browser. Without Chromium they are skipped with the
 * install instruction; with CI set, a missing browser fails the run instead.
 */
export function describeInBrowser(name: string, body: () => void): void {
  describeWithTool(!!chromiumPath, installHint, name, body);
}

/** Starts Chromium headless, with no call home of its own, in a fresh temporary profile (Playwright makes one per launch). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** A built site served on 127.0.0.1. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Origin plus base path, ending in `/`. */
  root: string;
  /** Every path asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a built site the way a plain static host does: only under the base path, `x/` as
 * `x/index.html`, `x` as a file, then `x/` (redirected) or `x.html`, and `404.html` with
 * status 404 for anything else.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    const send = (status: number, file: string) => {
      response.writeHead(status, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(readFileSync(file));
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      if (existsSync(page)) send(404, page);
      else response.writeHead(404).end('Not found');
    };
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (path === prefix.slice(0, -1)) {
      response.writeHead(301, { location: prefix }).end();
      return undefined;
    }
    if (!path.startsWith(prefix)) return notFound();
    const rest = normalize(path.slice(prefix.length));
    if (rest.startsWith('..')) return notFound();
    const file = join(dir, rest);
    const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
    if (path.endsWith('/')) return isFile(join(file, 'index.html')) ? send(200, join(file, 'index.html')) : notFound();
    if (isFile(file)) return send(200, file);
    if (isFile(join(file, 'index.html'))) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return undefined;
    }
    if (isFile(`${file}.html`)) return send(200, `${file}.html`);
    return notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: origin + prefix,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What went wrong while pages were open: console errors, failed requests and requests to other hosts. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to any origin other than the test server; they are blocked, never sent. */
  outsideRequests: string[];
}

/**
 * Opens a browser context that only talks to `origin`: every request elsewhere is recorded
 * and aborted. Pages opened from it report into the returned problems.
 */
export async function openContext(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; problems: PageProblems }> {
  const context = await browser.newContext(options);
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], outsideRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchPage(page, problems, origin));
  return { context, problems };
}

/** Requests each watched page has in flight, so `visit` can tell when a page has settled. */
const inFlight = new WeakMap<Page, Set<unknown>>();

function watchPage(page: Page, problems: PageProblems, origin: string): void {
  const where = () => page.url().replace(origin, '');
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${where()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${where()}: uncaught ${error.message}`));
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== origin) return;
    problems.failedRequests.push(
      `${where()}: ${request.method()} ${request.url().replace(origin, '')} failed (${request.failure()?.errorText})`,
    );
  });
  page.on('response', (response) => {
    // The 404 page itself is expected to answer 404.
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.failedRequests.push(
        `${where()}: ${response.request().method()} ${response.url().replace(origin, '')} answered ${response.status()}`,
      );
    }
  });
}

/** Empties the problem lists, to look at one page at a time. */
export function takeProblems(problems: PageProblems): PageProblems {
  const taken = {
    consoleErrors: [...problems.consoleErrors],
    failedRequests: [...problems.failedRequests],
    outsideRequests: [...problems.outsideRequests],
  };
  problems.consoleErrors.length = 0;
  problems.failedRequests.length = 0;
  problems.outsideRequests.length = 0;
  return taken;
}

/** True when nothing went wrong. */
export function isClean(problems: PageProblems): boolean {
  return problems.consoleErrors.length + problems.failedRequests.length + problems.outsideRequests.length === 0;
}

/**
 * Records every payload that runs in the pages of a context: each call of `__xss(where)`, the
 * function the security fixtures' payloads call, from any frame (`srcdoc` frames included),
 * and every dialog (`alert()`, `confirm()`, `print()`…), which is dismissed.
 */
export async function watchPayloads(context: BrowserContext): Promise<string[]> {
  const ran: string[] = [];
  await context.exposeBinding('__xss', ({ frame }, where: unknown) => {
    ran.push(`${frame.url()}: payload "${String(where)}" ran`);
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      ran.push(`${page.url()}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
  });
  return ran;
}

/**
 * Opens a page and waits until its scripts (search, maps) have settled: no request in flight
 * for 100 ms, at most 10 s. Playwright's own `networkidle` waits 500 ms on every page, which
 * over every page of the site and every mode adds minutes.
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
}

/**
 * Waits until a page has had no request in flight for 100 ms and no author diagram is being
 * drawn (at most 10 s). Mermaid asks for its chunks only after it has parsed a diagram, which can
 * take longer than 100 ms on a busy machine: leaving the page then would abort those requests.
 */
export async function settle(page: Page): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) return void (await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined));
  const deadline = Date.now() + 10_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (pending.size > 0 || (await drawingDiagrams(page))) quietSince = Date.now();
    else if (Date.now() - quietSince >= 100) return;
  }
}

/** Whether an author diagram has started drawing (mermaid-loader.ts renames its `<pre>`) and not yet finished or failed. */
function drawingDiagrams(page: Page): Promise<boolean> {
  return page
    .evaluate(() =>
      [...document.querySelectorAll('pre.tl-diagram-source')].some(
        (pre) =>
          !pre.closest('figure.tl-diagram') && !pre.previousElementSibling?.classList.contains('tl-diagram-error'),
      ),
    )
    .catch(() => false);
}
