import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { listFiles } from '../support/site-checks/html.ts';
import { urlPathOf } from '../support/site-checks/links.ts';
import {
  assertBuilt,
  sampleContent,
  sampleSite,
  sampleSiteUnderBase,
  samplePrefix,
  sampleToday,
  type SiteBuild,
} from '../support/site-build.ts';
import {
  describeInBrowser,
  isClean,
  launchBrowser,
  openContext,
  serveSite,
  settle,
  takeProblems,
  type StaticServer,
} from '../support/browser.ts';

/** Requests that belong to diagram code: Mermaid itself and its loader. */
const diagramCode = /mermaid|_throughline/i;

/** Built pages whose HTML matches a pattern, as paths relative to the base. */
function pagesMatching(build: SiteBuild, pattern: RegExp): string[] {
  return listFiles(build.dir)
    .filter((f) => f.endsWith('.html') && f !== '404.html' && pattern.test(readFileSync(join(build.dir, f), 'utf8')))
    .map(urlPathOf);
}

/** The built file a site URL path (under the base) is served from, if any. */
function fileOf(build: SiteBuild, pathname: string): string | undefined {
  const rest = decodeURIComponent(pathname).slice(build.base.replace(/\/?$/, '/').length);
  return [join(build.dir, rest, 'index.html'), join(build.dir, rest), join(build.dir, `${rest}.html`)].find(
    (f) => existsSync(f) && f.endsWith('.html'),
  );
}

/** Milliseconds from navigation start until a map's drawing has a size on screen. */
async function timeToMap(page: Page, url: string, selector: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  return page.evaluate(async (wanted) => {
    for (;;) {
      const svg = document.querySelector(wanted);
      if (svg && svg.getBoundingClientRect().height > 0) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    // The frame after the one that laid it out is the one that paints it.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now();
  }, selector);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describeInBrowser('strategy maps in Chromium', () => {
  let browser: Browser;
  let build: SiteBuild;
  let server: StaticServer;
  let mapPages: string[];
  /** One page per kind of map. */
  const byKind = new Map<string, string>();
  beforeAll(async () => {
    browser = await launchBrowser();
    build = await sampleSite();
    assertBuilt(build);
    server = await serveSite(build.dir, build.base);
    mapPages = pagesMatching(build, /class="tl-map"/);
    for (const path of mapPages) {
      for (const [, kind] of readFileSync(fileOf(build, build.base + path)!, 'utf8').matchAll(
        /data-map-kind="([a-z]+)"/g,
      ))
        if (!byKind.has(kind!)) byKind.set(kind!, path);
    }
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('draws every kind of map with no console error, every box linked as in its list or in the page around it', async () => {
    expect([...byKind.keys()]).toEqual(expect.arrayContaining(['cycle', 'objective', 'team', 'dependencies']));
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const [kind, path] of byKind) {
      await page.goto(server.root + path, { waitUntil: 'load' });
      const figure = page.locator(`figure.tl-map[data-map-kind="${kind}"]`).first();
      expect((await figure.locator('svg.tl-map-svg').boundingBox())?.height, kind).toBeGreaterThan(0);
      const drawn = await figure.locator('svg a').evaluateAll((as) => as.map((a) => (a as SVGAElement).href.baseVal));
      const where = (href: string) => new URL(href, page.url()).pathname + new URL(href, page.url()).hash;
      if (kind === 'objective') {
        // Drawing only: the page's own sections carry every link the drawing has, or the part of the page it points at.
        expect(await figure.locator('.tl-map-outline, .tl-map-source').count()).toBe(0);
        const onPage = await page
          .locator('main a[href]')
          .evaluateAll((as) => as.filter((a) => !a.closest('figure.tl-map')).map((a) => (a as HTMLAnchorElement).href));
        const here = new URL(page.url()).pathname;
        for (const href of drawn) {
          const target = where(href);
          const anchor = target.startsWith(`${here}#`) ? decodeURIComponent(target.slice(here.length + 1)) : '';
          const shown =
            target === here ||
            onPage.map(where).includes(target) ||
            (anchor && (await page.locator(`[id="${anchor}"]`).count()));
          if (!shown) wrong.push(`objective map on ${path}: ${href} is drawn but not on the page`);
        }
        expect(drawn.length, kind).toBeGreaterThan(1);
        continue;
      }
      // The list holds the same links as the drawing, with full titles: each must land on a page showing that title.
      const listed = await figure
        .locator('.tl-map-outline a')
        .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent!.trim() })));
      expect(new Set(listed.map((l) => where(l.href))), kind).toEqual(new Set(drawn.map(where)));
      for (const link of listed) {
        const file = fileOf(build, new URL(link.href).pathname);
        if (!file) wrong.push(`${kind} map on ${path}: ${link.href} leads nowhere`);
        else if (!/^\+\d+ more$/.test(link.text) && !decodeEntities(readFileSync(file, 'utf8')).includes(link.text))
          wrong.push(`${kind} map on ${path}: "${link.text}" links to ${link.href}, which does not show it`);
      }
    }
    await context.close();
    expect(wrong).toEqual([]);
    expect(isClean(problems), JSON.stringify(problems)).toBe(true);
  });

  it('prints a map as its list, and leaves out an objective map, which is a drawing alone', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(server.root + byKind.get('objective')!, { waitUntil: 'load' });
    const objective = page.locator('figure.tl-map[data-map-kind="objective"]').first();
    expect(await objective.count()).toBe(1);
    expect(await objective.isVisible()).toBe(false);
    // The favicon loads after `load`: leaving before it arrives would abort it and look like a fault.
    await settle(page);
    await page.goto(server.root + byKind.get('cycle')!, { waitUntil: 'load' });
    const cycle = page.locator('figure.tl-map[data-map-kind="cycle"]').first();
    expect(await cycle.locator('.tl-map-canvas').isVisible()).toBe(false);
    expect(await cycle.locator('.tl-map-outline a').first().isVisible()).toBe(true);
    await context.close();
    expect(isClean(problems), JSON.stringify(problems)).toBe(true);
  });

  it('draws the current-cycle map, and the largest map of the site, within 1 s with no diagram code', async () => {
    const current = checkContent({ contentDir: sampleContent, today: sampleToday }).graph!.currentCycle;
    const currentPage = pagesMatching(build, new RegExp(`id="map-cycle-${current}"`))[0];
    expect(currentPage, `no page shows the map of ${current}`).toBeDefined();
    let largest = { path: '', nodes: 0, id: '' };
    for (const path of mapPages) {
      for (const [, id, nodes] of readFileSync(fileOf(build, build.base + path)!, 'utf8').matchAll(
        /id="([^"]+)" data-map-kind="[a-z]+" data-map-nodes="(\d+)"/g,
      )) {
        if (Number(nodes) > largest.nodes) largest = { path, nodes: Number(nodes), id: id! };
      }
    }
    for (const [path, selector] of [
      [currentPage!, `#map-cycle-${current} svg`],
      [largest.path, `#${largest.id} svg`],
    ] as const) {
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        const { context, problems } = await openContext(browser, server.origin);
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        times.push(await timeToMap(page, server.root + path, selector));
        await settle(page);
        await context.close();
        expect(requests.filter((url) => diagramCode.test(url))).toEqual([]);
        expect(isClean(problems)).toBe(true);
      }
      process.stdout.write(
        `map ${selector} on /${path}: drawn ${times.map((t) => Math.round(t)).join(', ')} ms after navigation start\n`,
      );
      expect(median(times)).toBeLessThan(1000);
    }
  });

  it('loads no diagram code on pages without an author diagram, maps or not', async () => {
    const withAuthorDiagrams = new Set(pagesMatching(build, /<pre class="mermaid"/));
    const plain = listFiles(build.dir)
      .filter((f) => f.endsWith('.html') && f !== '404.html')
      .map(urlPathOf)
      .filter((p) => !withAuthorDiagrams.has(p));
    const samples = [
      plain.find((p) => !mapPages.includes(p))!,
      ...mapPages.filter((p) => !withAuthorDiagrams.has(p)).slice(0, 3),
    ];
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of samples) {
      await page.goto(server.root + path, { waitUntil: 'load' });
      await settle(page);
      await page.mouse.wheel(0, 100_000);
    }
    await context.close();
    expect(requests.filter((url) => diagramCode.test(url))).toEqual([]);
  });

  describe('author diagrams', () => {
    let path: string;
    beforeAll(() => {
      path = pagesMatching(build, /<pre class="mermaid"/)[0]!;
      expect(path, 'the sample content has no ```mermaid block').toBeDefined();
    });

    it('load Mermaid only once scrolled into view, then draw it with no console error', async () => {
      // The test's own style below is inline, which the site's Content-Security-Policy rightly refuses.
      const { context, problems } = await openContext(browser, server.origin, {
        viewport: { width: 1000, height: 600 },
        bypassCSP: true,
      });
      // Push every diagram two screens down, wherever the page puts it.
      await context.route(server.root + path, async (route) => {
        const response = await route.fetch();
        route.fulfill({
          response,
          body: (await response.text()).replace('</head>', '<style>pre.mermaid { margin-top: 200vh; }</style></head>'),
        });
      });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(server.root + path, { waitUntil: 'load' });
      await settle(page);
      expect(requests.filter((url) => /mermaid\.esm/.test(url))).toEqual([]);
      await page.locator('pre.mermaid').first().scrollIntoViewIfNeeded();
      const drawing = page.locator('figure.tl-diagram svg').first();
      await drawing.waitFor({ timeout: 15_000 });
      expect(requests.filter((url) => /mermaid\.esm/.test(url)).length).toBeGreaterThan(0);
      // Strict mode: Mermaid's sanitiser leaves no script and no event handler in the drawing.
      expect(await drawing.evaluate((svg) => svg.querySelectorAll('script, [onclick], [onload]').length)).toBe(0);
      const ms = Number(await page.locator('figure.tl-diagram').first().getAttribute('data-render-ms'));
      process.stdout.write(`author diagram on /${path}: loaded and drawn ${ms} ms after coming into view\n`);
      await context.close();
      expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
    });

    it('follow the light or dark theme, and redraw when it changes', async () => {
      const { context } = await openContext(browser, server.origin, { colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(server.root + path, { waitUntil: 'load' });
      await page.locator('pre.mermaid, figure.tl-diagram').first().scrollIntoViewIfNeeded();
      await page.locator('figure.tl-diagram svg').first().waitFor({ timeout: 15_000 });
      // Mermaid writes its theme into the drawing's own style sheet (ids aside, which change on every draw).
      const theme = () =>
        page
          .locator('figure.tl-diagram svg > style')
          .first()
          .evaluate((style) => style.textContent!.replace(/#[\w-]+ /g, ''));
      const light = await theme();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(theme, { timeout: 10_000 }).not.toBe(light);
      // Generated maps follow through their style sheet alone.
      const fill = () =>
        page
          .locator('.tl-map-svg .tl-map-node rect')
          .first()
          .evaluate((rect) => getComputedStyle(rect).fill);
      if (await page.locator('.tl-map-svg').count()) {
        const dark = await fill();
        await page.emulateMedia({ colorScheme: 'light' });
        expect(await fill()).not.toBe(dark);
      }
      await context.close();
    });
  });

  it('give every map a copy button for its Mermaid source, which Mermaid itself accepts', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(server.root + mapPages[0]!, { waitUntil: 'load' });
    const figure = page.locator('figure.tl-map').first();
    await figure.locator('.tl-map-source summary').click();
    await figure.locator('button.tl-map-copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await figure.locator('.tl-map-source pre').textContent());
    // The source of every map on one page of each kind, rendered by the site's own self-hosted Mermaid.
    const entry = listFiles(build.dir).find((f) => f.endsWith('mermaid.esm.min.mjs'))!;
    const sources: string[] = [];
    for (const path of new Set(byKind.values())) {
      await page.goto(server.root + path, { waitUntil: 'load' });
      sources.push(...(await page.locator('.tl-map-source pre').allTextContents()));
    }
    // Mermaid draws with inline styles, which only the policy of a page with an author diagram allows.
    await page.goto(server.root + pagesMatching(build, /data-mermaid-src/)[0]!, { waitUntil: 'load' });
    // A string, not a function: the test runner would rewrite a function's import() for Node.
    const failures = await page.evaluate(`(async (url, texts) => {
      const { default: mermaid } = await import(url);
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      const failed = [];
      for (const [i, text] of texts.entries()) await mermaid.render('check-' + i, text).catch((error) => failed.push(error.message + '\\n' + text.slice(0, 300)));
      return failed;
    })(${JSON.stringify(server.root + entry)}, ${JSON.stringify(sources)})`);
    await context.close();
    expect(failures).toEqual([]);
    expect(sources.length).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it('without JavaScript, show the drawing and the list of links, and no dead copy button', async () => {
    const { context } = await openContext(browser, server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.root + mapPages[0]!, { waitUntil: 'load' });
    const figure = page.locator('figure.tl-map').first();
    expect((await figure.locator('svg.tl-map-svg').boundingBox())?.height).toBeGreaterThan(0);
    expect(await figure.locator('.tl-map-outline a').count()).toBeGreaterThan(0);
    expect(await figure.locator('button.tl-map-copy').isHidden()).toBe(true);
    // Fitted to the frame, never below the legible minimum (the frame scrolls instead), with no dead controls.
    const sizes = await figure.evaluate((f) => ({
      natural: Number((f as HTMLElement).dataset.mapWidth),
      drawn: f.querySelector('svg.tl-map-svg')!.getBoundingClientRect().width,
      frame: f.querySelector('.tl-map-canvas')!.clientWidth,
    }));
    expect(sizes.drawn).toBeCloseTo(Math.min(sizes.natural, Math.max(sizes.frame, sizes.natural * 0.75)), -1);
    expect(await figure.locator('.tl-map-toolbar').isHidden()).toBe(true);
    expect(await figure.locator('button.tl-map-fold').first().isHidden()).toBe(true);
    await context.close();
  });

  describe("fitted to their frame, opening on the page's subject", () => {
    /** The objective page with the widest map: the case a fixed-size drawing hid its subject in. */
    let widest: string;
    beforeAll(() => {
      let most = 0;
      for (const path of mapPages) {
        const html = readFileSync(fileOf(build, build.base + path)!, 'utf8');
        const width = Number(/data-map-kind="objective"[^>]*data-map-width="(\d+)"/.exec(html)?.[1] ?? 0);
        if (width > most) [most, widest] = [width, path];
      }
      // At 1280 px the frame is about 1,100 px: the drawing only fits with the fit control.
      expect(most).toBeGreaterThan(1500);
    });

    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ])
      it(`at ${viewport.width} px, no map is wider than its frame without a fit control, and the subject is in view`, async () => {
        const { context, problems } = await openContext(browser, server.origin, { viewport });
        const page = await context.newPage();
        const wrong: string[] = [];
        for (const path of new Set([widest, ...byKind.values()])) {
          await page.goto(server.root + path, { waitUntil: 'load' });
          for (const figure of await page.locator('figure.tl-map').all()) {
            const kind = await figure.getAttribute('data-map-kind');
            const sizes = await figure.evaluate((f) => {
              const canvas = f.querySelector('.tl-map-canvas')!;
              return {
                figure: f.getBoundingClientRect().width,
                canvas: canvas.getBoundingClientRect().width,
                drawing: f.querySelector('svg.tl-map-svg')!.getBoundingClientRect().width,
                frame: canvas.clientWidth,
              };
            });
            if (sizes.canvas > sizes.figure + 0.5) wrong.push(`${kind} on ${path}: frame wider than the figure`);
            if (
              sizes.drawing > sizes.frame + 0.5 &&
              !(await figure.getByRole('button', { name: 'Fit to width' }).isVisible())
            )
              wrong.push(
                `${kind} on ${path}: ${sizes.drawing} px drawing in a ${sizes.frame} px frame, no fit control`,
              );
            const focus = figure.locator('svg .tl-map-focus');
            if (await focus.count()) {
              const frame = (await figure.locator('.tl-map-canvas').boundingBox())!;
              const subject = (await focus.first().boundingBox())!;
              const inside =
                subject.x >= frame.x - 0.5 &&
                subject.y >= frame.y - 0.5 &&
                subject.x + subject.width <= frame.x + frame.width + 0.5 &&
                subject.y + subject.height <= frame.y + frame.height + 0.5;
              if (!inside)
                wrong.push(`${kind} on ${path}: subject ${JSON.stringify(subject)} outside ${JSON.stringify(frame)}`);
              expect(await focus.first().locator('.tl-map-meta').textContent()).toMatch(/^This (page|team) · /);
            }
            if (viewport.width < 600 && kind !== 'objective') {
              // On a phone the list comes first, open; the drawing after it (an objective's map has no list).
              const [list, drawing] = [figure.locator('.tl-map-outline'), figure.locator('.tl-map-canvas')];
              if ((await list.boundingBox())!.y > (await drawing.boundingBox())!.y)
                wrong.push(`${kind} on ${path}: drawing before the list`);
              expect(await list.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
            }
          }
        }
        await context.close();
        expect(wrong).toEqual([]);
        expect(isClean(problems), JSON.stringify(problems)).toBe(true);
      });

    it('zoom and pan from the keyboard, and fold a branch from the list or the drawing', async () => {
      const { context, problems } = await openContext(browser, server.origin, {
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      await page.goto(server.root + byKind.get('cycle')!, { waitUntil: 'load' });
      const figure = page.locator('figure.tl-map[data-map-kind="cycle"]').first();
      const canvas = figure.locator('.tl-map-canvas');
      const drawing = figure.locator('svg.tl-map-svg');
      const width = async () => (await drawing.boundingBox())!.width;
      const fitted = await width();
      await canvas.focus();
      await page.keyboard.press('+');
      expect(await width()).toBeCloseTo(fitted * 1.25, -1);
      await page.keyboard.press('+');
      const left = await canvas.evaluate((c) => c.scrollLeft);
      await page.keyboard.press('ArrowRight');
      expect(await canvas.evaluate((c) => c.scrollLeft)).toBeGreaterThan(left);
      const top = await canvas.evaluate((c) => c.scrollTop);
      await page.keyboard.press('ArrowDown');
      expect(await canvas.evaluate((c) => c.scrollTop)).toBeGreaterThan(top);
      await page.keyboard.press('-');
      await page.keyboard.press('0');
      expect(await width()).toBeCloseTo(fitted, 0);
      await expect.poll(() => figure.locator('[data-zoom-level]').textContent()).toMatch(/fitted to width/);

      // Fold the first branch from the list, by keyboard: the drawing loses its boxes and shrinks.
      await figure.locator('.tl-map-outline summary').click();
      const fold = figure.locator('button.tl-map-fold').first();
      const id = (await fold.getAttribute('data-fold'))!;
      const child = (await figure.locator(`svg [data-box="${id}"]`).getAttribute('data-kids'))!.split(' ')[0]!;
      const tall = (await drawing.boundingBox())!.height;
      await fold.focus();
      await page.keyboard.press('Enter');
      expect(await fold.getAttribute('aria-expanded')).toBe('false');
      expect(await figure.locator(`#${(await fold.getAttribute('aria-controls'))!}`).isHidden()).toBe(true);
      expect(await figure.locator(`svg [data-box="${child}"]`).isHidden()).toBe(true);
      expect((await drawing.boundingBox())!.height).toBeLessThan(tall);
      // Unfold from the drawing's own − / + button: the list follows.
      await figure.locator(`svg [data-toggle="${id}"]`).click();
      expect(await fold.getAttribute('aria-expanded')).toBe('true');
      expect(await figure.locator(`svg [data-box="${child}"]`).isVisible()).toBe(true);
      expect((await drawing.boundingBox())!.height).toBeCloseTo(tall, 0);
      await context.close();
      expect(isClean(problems), JSON.stringify(problems)).toBe(true);
    });

    it('answer "what is blocked?" before the dependency drawing', async () => {
      const { context } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await page.goto(server.root + byKind.get('dependencies')!, { waitUntil: 'load' });
      const figure = page.locator('figure.tl-map[data-map-kind="dependencies"]');
      const heading = figure.getByRole('heading', { name: /^What is blocked/ });
      expect((await heading.boundingBox())!.y).toBeLessThan((await figure.locator('.tl-map-canvas').boundingBox())!.y);
      // Every line drawn as "provider at risk" is listed.
      const risky = await figure.locator('svg .tl-map-edge-risk').count();
      expect(await figure.locator('.tl-map-concerns li').count()).toBeGreaterThanOrEqual(risky);
      expect(risky).toBeGreaterThan(0);
      await context.close();
    });
  });

  it('keep their links under the base path when the site is built under one', async () => {
    const based = await sampleSiteUnderBase();
    assertBuilt(based);
    const file = listFiles(based.dir).find(
      (f) => f.endsWith('.html') && readFileSync(join(based.dir, f), 'utf8').includes('class="tl-map-svg"'),
    )!;
    const hrefs = [...readFileSync(join(based.dir, file), 'utf8').matchAll(/<a href="([^"]+)" tabindex="-1">/g)].map(
      (m) => m[1]!,
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href, `http://site.invalid${samplePrefix}${urlPathOf(file)}`);
      expect(url.pathname.startsWith(samplePrefix), href).toBe(true);
      expect(fileOf(based, url.pathname), href).toBeDefined();
    }
  });
});

/** HTML text with its character references decoded, enough to find a title in it. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[code.toLowerCase()]) return named[code.toLowerCase()]!;
    return String.fromCodePoint(
      code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
    );
  });
}
