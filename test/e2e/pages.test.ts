import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/site-checks/html.ts';
import { urlPathOf } from '../support/site-checks/links.ts';
import { pageKinds, type PageKind } from '../support/page-kinds.ts';
import { assertBuilt, sampleSite } from '../support/site-build.ts';
import {
  describeInBrowser,
  isClean,
  launchBrowser,
  openContext,
  serveSite,
  settle,
  takeProblems,
  visit,
  type PageProblems,
  type StaticServer,
} from '../support/browser.ts';
import { backgroundLuminance, horizontalOverflow } from '../support/page-checks.ts';

/** A phone in portrait: the narrowest width the site is designed for. */
const phone = { width: 360, height: 740 };

function describeProblems(path: string, problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors,
    ...problems.failedRequests,
    ...problems.outsideRequests.map((url) => `${path}: request to another host: ${url}`),
  ];
}

/** Every page of the sample site in headless Chromium; the same checks fail on a broken page in test/unit/quality-browser.test.ts. */
describeInBrowser('pages in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('on the sample site', () => {
    let server: StaticServer;
    let pages: string[];
    let kinds: PageKind[];
    beforeAll(async () => {
      const site = await sampleSite();
      assertBuilt(site);
      server = await serveSite(site.dir, site.base);
      const files = listFiles(site.dir);
      pages = files.filter((file) => file.endsWith('.html') && file !== '404.html').map(urlPathOf);
      kinds = pageKinds(files);
    });
    afterAll(() => server?.close());

    it('every page loads with no console error, no failed request and no request to another host', async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages) {
        await visit(page, server.root + path);
        found.push(...describeProblems(path, takeProblems(problems)));
      }
      await context.close();
      expect(found).toEqual([]);
      expect(pages.length).toBeGreaterThan(10);
    });

    it('an unknown address shows the 404 page, which loads cleanly', async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      const response = await page.goto(`${server.root}no-such-page/`, { waitUntil: 'load' });
      await settle(page);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
      await context.close();
      // The document's own 404 status is logged by Chromium; anything else is a problem.
      const rest = takeProblems(problems);
      rest.consoleErrors = rest.consoleErrors.filter((error) => !/status of 404/.test(error));
      expect(describeProblems('404', rest)).toEqual([]);
    });

    for (const [mode, options] of [
      ['at phone width', { viewport: phone }],
      ['in dark mode', { colorScheme: 'dark' as const }],
      ['in dark mode at phone width', { viewport: phone, colorScheme: 'dark' as const }],
    ] as const) {
      it(`every page kind renders ${mode} without horizontal overflow`, async () => {
        const { context, problems } = await openContext(browser, server.origin, options);
        const page = await context.newPage();
        const found: string[] = [];
        for (const kind of kinds) {
          await visit(page, server.root + kind.path);
          const overflow = await horizontalOverflow(page);
          if (overflow.length) found.push(`${kind.path || '/'} (${kind.kind}): ${overflow.join(' · ')}`);
          if ('colorScheme' in options && (await backgroundLuminance(page)) > 0.2)
            found.push(`${kind.path || '/'} (${kind.kind}): not dark in dark mode`);
        }
        await context.close();
        expect(found).toEqual([]);
        expect(isClean(problems), describeProblems('', problems).join('\n')).toBe(true);
      });
    }
  });
});
