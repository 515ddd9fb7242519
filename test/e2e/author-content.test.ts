import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  openContext,
  serveSite,
  settle,
  takeProblems,
  visit,
  watchPayloads,
  type StaticServer,
} from '../support/browser.ts';
import { assertBuilt, xssSite } from '../support/site-build.ts';

/**
 * What authors' HTML and diagrams can do to the page around them, in the hostile site of
 * test/gates/fixtures/xss: elements named after what the page's scripts use, an anchor named
 * like a map's source, diagrams that configure Mermaid (its throughline.yaml lets them past
 * `check`, so the sanitiser and the loader are what is tested) and a person's diagram.
 */
describeInBrowser('author content in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const site = await xssSite();
    assertBuilt(site);
    server = await serveSite(site.dir, site.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cannot shadow what the page scripts use, nor stand in for the source the map copies', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const url = `${server.root}teams/sales/`;
    const page = await context.newPage();
    for (const injected of [false, true]) {
      // Second time round, as if an author id had got past the sanitiser unprefixed: the copy
      // button must still find its own source, not the first element of the page with that id.
      if (injected)
        await context.route(url, async (route) => {
          const response = await route.fetch();
          const html = (await response.text()).replace(
            '<div class="body">',
            '<div class="body"><a id="map-team-sales-2026-Q4-source">decoy-source</a>',
          );
          await route.fulfill({ response, body: html });
        });
      await visit(page, url);
      // The body carries the named elements and the look-alike anchor, under the author prefix.
      expect(await page.locator('img[name="user-content-querySelectorAll"]').count()).toBe(1);
      expect(await page.locator('[id="user-content-map-team-sales-2026-Q4-source"]').count()).toBe(1);
      expect(await page.locator('[id="map-team-sales-2026-Q4-source"]').count()).toBe(injected ? 2 : 1);
      expect(await page.evaluate(() => typeof document.querySelectorAll === 'function')).toBe(true);
      const figure = page.locator('figure#map-team-sales-2026-Q4');
      await figure.locator('.tl-map-source summary').click();
      // The copy button is shown only by its script: clicking it means the script ran.
      await figure.locator('button.tl-map-copy').click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied, injected ? 'with a decoy id' : 'as built').toBe(
        await figure.locator('.tl-map-source pre').textContent(),
      );
      expect(copied).toMatch(/^%% .*\nflowchart LR\n/);
    }
    await context.close();
    expect(takeProblems(problems).consoleErrors).toEqual([]);
  });

  it('draws no diagram that configures Mermaid, nor one written as raw HTML', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const ran = await watchPayloads(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await visit(page, `${server.root}decisions/2026-10-pause-self-serve/`);
    await page.mouse.wheel(0, 100_000);
    await expect.poll(() => page.locator('.tl-diagram-error').count(), { timeout: 10_000 }).toBe(2);
    await settle(page);
    expect(await page.locator('.tl-diagram-error').allTextContents()).toEqual([
      'This diagram could not be drawn: it sets Mermaid options with a %%{…}%% directive.',
      'This diagram could not be drawn: its front matter sets Mermaid options; only a title is allowed there.',
    ]);
    expect(await page.locator('figure.tl-diagram').count()).toBe(0);
    // The raw <pre> is shown as text: the sanitiser took its class, so the loader never saw it.
    expect(await page.locator('pre', { hasText: 'e --> f' }).getAttribute('class')).toBeNull();
    // Nothing to draw, so Mermaid itself is never fetched; the page is still shown.
    expect(requests.filter((url) => /mermaid\.esm/.test(url))).toEqual([]);
    expect(await page.locator('body').isVisible()).toBe(true);
    await context.close();
    expect(ran).toEqual([]);
    // The page's `<img src=x onerror=…>` payloads fail to load `x`, as they should.
    expect(takeProblems(problems).consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
  });

  it("draws a person's diagram, a mindmap whose indentation is its meaning", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await visit(page, `${server.root}people/maria-okafor/`);
    await page.locator('pre.mermaid, figure.tl-diagram').first().scrollIntoViewIfNeeded();
    const drawing = page.locator('figure.tl-diagram svg').first();
    await drawing.waitFor({ timeout: 15_000 });
    expect(await page.locator('.tl-diagram-error').count()).toBe(0);
    const words = await drawing.textContent();
    for (const word of ['Plan', 'Pipeline', 'Qualified deals', 'Retention']) expect(words).toContain(word);
    // The copy button copies the diagram's source as written.
    expect(await page.locator('figure.tl-diagram .tl-map-source pre').textContent()).toContain(
      'mindmap\n  root((Plan))\n    Pipeline\n      Qualified deals\n',
    );
    await context.close();
    expect(takeProblems(problems).consoleErrors).toEqual([]);
  });
});
