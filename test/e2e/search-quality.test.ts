import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  openContext,
  serveSite,
  visit,
  type StaticServer,
} from '../support/browser.ts';
import { assertBuilt, sampleSite } from '../support/site-build.ts';

/**
 * Queries people at the sample company would type, and the page each must give first: the
 * ranking (src/render/search-options.ts) and the records (src/render/search-records.ts) were
 * tuned on these. Each runs on the search page itself, with its ranking options.
 */
const queries: { query: string; first: string | string[]; atMost?: number }[] = [
  // An abbreviation and its words find the decision named so, and not every page that says "on".
  { query: 'single sign-on', first: 'decisions/2026-11-portal-sso/', atMost: 3 },
  { query: 'SSO', first: 'decisions/2026-11-portal-sso/', atMost: 3 },
  // The quarter's brief is about peak throughout; the objectives named for it follow.
  { query: 'peak', first: 'cycles/2026-Q4/' },
  // The decision that set the price floor, or the objective that built its model.
  { query: 'price floor', first: ['decisions/2026-06-price-floor/', 'objectives/finance-q3-price-floor-model/'] },
  // A person and a team before the documents that name them.
  { query: 'Tomasz Nowak', first: 'people/tomasz-nowak/' },
  { query: 'Ravi', first: 'people/ravi-menon/' },
  { query: 'Platform', first: 'teams/platform/' },
  { query: 'last mile', first: 'teams/last-mile/' },
];

describeInBrowser('search quality on the sample company', () => {
  let browser: Browser;
  let server: StaticServer;
  let base: string;
  beforeAll(async () => {
    const site = await sampleSite();
    assertBuilt(site);
    base = site.base;
    server = await serveSite(site.dir, site.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('gives the expected first result for each query', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const wrong: string[] = [];
    for (const { query, first, atMost } of queries) {
      await visit(page, `${server.root}search/?q=${encodeURIComponent(query)}`);
      const { count, paths } = await results(page, base, query);
      const wanted = [first].flat();
      if (!wanted.includes(paths[0] ?? ''))
        wrong.push(
          `"${query}": first is ${paths[0] ?? 'nothing'}, wanted ${wanted.join(' or ')}; then ${paths.slice(1, 4).join(', ')}`,
        );
      if (atMost !== undefined && count > atMost) wrong.push(`"${query}": ${count} results, wanted at most ${atMost}`);
    }
    await context.close();
    expect(wrong).toEqual([]);
  });
});

/** The result count and the result links' site paths (without the base path) once all are drawn. */
async function results(page: Page, base: string, query: string): Promise<{ count: number; paths: string[] }> {
  const message = page.locator('.search-message');
  let count = Number.NaN;
  await expect
    .poll(
      async () => {
        const text = (await message.textContent()) ?? '';
        if (!text.includes(query)) return false;
        count = /^No results/.test(text) ? 0 : Number(/([\d,]+) results?/.exec(text)?.[1]?.replace(/,/g, ''));
        return !Number.isNaN(count);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  const links = page.locator('.search-result-link');
  await expect.poll(() => links.count(), { timeout: 10_000 }).toBe(Math.min(count, 10));
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { count, paths: hrefs.map((href) => new URL(href).pathname.slice(base.length)) };
}
