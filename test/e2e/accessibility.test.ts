import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/site-checks/html.ts';
import { pageKinds, type PageKind } from '../support/page-kinds.ts';
import { assertBuilt, generatedSiteOfYears, sampleSite, type SiteBuild } from '../support/site-build.ts';
import {
  describeInBrowser,
  launchBrowser,
  openContext,
  serveSite,
  settle,
  type StaticServer,
} from '../support/browser.ts';
import { formatViolation, seriousViolations } from '../support/page-checks.ts';

/** axe-core on one page of every kind, light and dark; shown failing on a broken page in test/unit/quality-browser.test.ts. */
describeInBrowser('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const sites: [string, () => Promise<SiteBuild>][] = [
    ['the sample site', sampleSite],
    // Years of cycles: the search page has its archive choice, pages long histories.
    ['an organisation with years of cycles', generatedSiteOfYears],
  ];
  for (const [name, build] of sites) {
    describe(`on ${name}`, () => {
      let server: StaticServer;
      let kinds: PageKind[];
      beforeAll(async () => {
        const site = await build();
        assertBuilt(site);
        server = await serveSite(site.dir, site.base);
        kinds = pageKinds(listFiles(site.dir));
      });
      afterAll(() => server?.close());

      for (const colorScheme of ['light', 'dark'] as const) {
        it(`every page kind has no serious or critical violation in ${colorScheme} mode`, async () => {
          const { context } = await openContext(browser, server.origin, { colorScheme });
          const page = await context.newPage();
          const found: string[] = [];
          for (const kind of kinds) {
            await page.goto(server.root + kind.path, { waitUntil: 'load' });
            await settle(page);
            found.push(...(await seriousViolations(page)).map((v) => formatViolation(kind.path, v)));
          }
          await context.close();
          expect(found).toEqual([]);
        });

        it(`the search page with results showing and its filters open has none in ${colorScheme} mode`, async () => {
          const { context } = await openContext(browser, server.origin, { colorScheme });
          const page = await context.newPage();
          const found: string[] = [];
          // Every kind and status colour, then a search narrowed by ticked filters: the first
          // objective status the index holds results for (which ones it has depends on the content).
          const statuses = await (async () => {
            await page.goto(`${server.root}search/`, { waitUntil: 'load' });
            return page
              .locator('input[name="status"]')
              .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
          })();
          const queries = [
            'q=customer',
            ...statuses.map((s) => `q=customer&kind=objective&status=${encodeURIComponent(s)}`),
          ];
          let narrowed = false;
          for (const query of queries) {
            if (narrowed) break;
            const path = `search/?${query}`;
            await page.goto(server.root + path, { waitUntil: 'load' });
            const message = page.locator('.search-message');
            await expect.poll(() => message.innerText(), { timeout: 10_000 }).not.toBe('');
            if ((await message.innerText()).startsWith('No results')) continue;
            narrowed = query.includes('status=');
            await page.locator('.search-result').first().waitFor({ timeout: 10_000 });
            expect(await page.locator('.search-filters').getAttribute('open')).toBe('');
            await settle(page);
            found.push(...(await seriousViolations(page)).map((v) => formatViolation(path, v)));
          }
          await context.close();
          expect(narrowed, 'a search narrowed by a status filter showed results').toBe(true);
          expect(found).toEqual([]);
        });
      }
    });
  }
});
