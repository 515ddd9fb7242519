import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFiles } from '../support/site-checks/html.ts';
import { urlPathOf } from '../support/site-checks/links.ts';
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
 * The static scan (test/gates/xss.test.ts) reads the markup; this opens every page of the
 * hostile site and lets the browser, the maps, Mermaid and the search UI do their work,
 * recording any payload that runs: every payload calls `__xss('<where>')`, and any dialog
 * counts too. The same watch is shown catching payloads in test/unit/quality-browser.test.ts.
 */
describeInBrowser('hostile content in the browser', () => {
  let browser: Browser;
  let server: StaticServer;
  let pages: string[];
  beforeAll(async () => {
    const site = await xssSite();
    assertBuilt(site);
    server = await serveSite(site.dir, site.base);
    pages = listFiles(site.dir)
      .filter((file) => file.endsWith('.html'))
      .map(urlPathOf);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no payload runs on any page, maps and diagrams included, and no page logs an error', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const ran = await watchPayloads(context);
    const page = await context.newPage();
    const logged: string[] = [];
    for (const path of pages) {
      await visit(page, server.root + path);
      // Hovering, scrolling (diagrams draw when near the viewport) and toggling are how some payloads fire.
      await page.mouse.move(10, 10);
      await page.mouse.move(300, 300);
      await page.mouse.wheel(0, 100_000);
      await settle(page);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = !d.open;
        }),
      );
      const found = takeProblems(problems);
      // `<img src=x onerror=…>` needs `x` to fail for its handler to fire: the sanitiser rightly
      // keeps the harmless image, so its failed load is the fixture working, not a payload running.
      const payloadImage = (line: string) =>
        /(GET \S*\/x answered 404|Failed to load resource: the server responded with a status of 404)/.test(line);
      const images = found.failedRequests.filter(payloadImage).length;
      found.failedRequests = found.failedRequests.filter((line) => !payloadImage(line));
      let ignored = 0;
      found.consoleErrors = found.consoleErrors.filter((line) => !(payloadImage(line) && ignored++ < images));
      logged.push(
        ...found.consoleErrors,
        ...found.failedRequests,
        ...found.outsideRequests.map((url) => `/${path}: request to another host: ${url}`),
      );
    }
    await context.close();
    expect(ran).toEqual([]);
    expect(logged).toEqual([]);
    expect(pages.length).toBeGreaterThan(5);
  });

  it('no payload runs when search shows the hostile documents as results', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const ran = await watchPayloads(context);
    const page = await context.newPage();
    await visit(page, `${server.root}search/`);
    const field = page.locator('#search-input').first();
    let shown = 0;
    const injected: string[] = [];
    for (const query of ['xss', 'pipeline', 'onerror', 'script', 'Kestrel']) {
      await field.fill(query);
      await settle(page);
      await page.waitForTimeout(300);
      shown += await page.locator('#search .search-result-link').count();
      // The Content-Security-Policy would stop an injected handler from running; the markup itself must not be there.
      injected.push(
        ...(
          await page.evaluate(() =>
            [...document.querySelectorAll('#search *')]
              .filter(
                (element) =>
                  ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) ||
                  [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
              )
              .map((element) => element.outerHTML.slice(0, 160)),
          )
        ).map((html) => `"${query}": ${html}`),
      );
    }
    await context.close();
    expect(ran).toEqual([]);
    expect(injected).toEqual([]);
    expect(takeProblems(problems).consoleErrors).toEqual([]);
    expect(shown, 'search showed no results at all').toBeGreaterThan(0);
  });
});
