import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import type { Objective } from '../../src/model/types.ts';
import { pathOf } from '../../src/render/urls.ts';
import {
  describeInBrowser,
  isClean,
  launchBrowser,
  openContext,
  serveSite,
  takeProblems,
  visit,
  type StaticServer,
} from '../support/browser.ts';
import { formatViolation, seriousViolations } from '../support/page-checks.ts';
import { aYearLater, assertBuilt, sampleContent, sampleSiteAYearLater } from '../support/site-build.ts';

/**
 * Result links of the search page for `term`, as site paths without the base path, once all of
 * them are drawn: the count shows before each result has loaded its fragment and drawn its
 * link, and the previous query's results stay until the new ones arrive.
 */
async function resultPaths(page: Page, base: string, term: string): Promise<string[]> {
  const message = page.locator('.search-message');
  const count = async () => {
    const text = (await message.textContent()) ?? '';
    if (!text.includes(term)) return Number.NaN;
    return /^No results/.test(text.trim())
      ? 0
      : Number(/([\d,]+) results?/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN);
  };
  await expect.poll(count, { timeout: 20_000 }).not.toBeNaN();
  const links = page.locator('.search-result-link');
  const shown = Math.min(10, await count());
  await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(shown);
  return (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map((link) =>
    new URL(link).pathname.slice(base.length),
  );
}

describeInBrowser('the search archive in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let base: string;
  /** An objective of 2026-Q3, which ended more than a year before the build's today. */
  let archived: Objective;
  /** One of 2026-Q4, which did not. */
  let recent: Objective;
  beforeAll(async () => {
    const site = await sampleSiteAYearLater();
    assertBuilt(site);
    base = site.base;
    server = await serveSite(site.dir, site.base);
    browser = await launchBrowser();
    const graph = checkContent({ contentDir: sampleContent, today: aYearLater }).graph!;
    const published = graph.objectives.filter((objective) => objective.published);
    archived = published.find((objective) => objective.data.cycle === '2026-Q3')!;
    recent = published.find((objective) => objective.data.cycle === '2026-Q4')!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('searches recent cycles by default, and the archive too once the reader asks, with the query kept', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    await visit(page, `${server.root}search/?q=${encodeURIComponent(archived.data.title)}`);
    const option = page.locator('#search-archive');
    await expect.poll(() => option.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await option.isChecked()).toBe(false);
    expect(await page.locator('.search-archive').textContent()).toMatch(
      /ended before 2026-11-24 \(2026-Q3: \d+ objectives and briefs\)/,
    );
    expect(await resultPaths(page, base, archived.data.title)).not.toContain(pathOf(archived));
    expect(requested.filter((path) => path.includes('/pagefind-archive/'))).toEqual([]);

    // One click, as a reader would: `check()` clicks again when the reloaded page's box is not yet ticked.
    await Promise.all([page.waitForURL(/[?&]archive=1/), option.click()]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(archived.data.title);
    await expect.poll(() => page.locator('#search-archive').isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await resultPaths(page, base, archived.data.title)).toContain(pathOf(archived));
    expect(requested.some((path) => path.startsWith(`${base}pagefind-archive/`))).toBe(true);

    // Recent documents are found either way.
    await page.locator('#search-input').fill(recent.data.title);
    expect(await resultPaths(page, base, recent.data.title)).toContain(pathOf(recent));
    await context.close();
    expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
  });

  it('shows the choice without a serious or critical accessibility violation', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await visit(page, `${server.root}search/?q=customer&archive=1`);
    expect(await page.locator('#search-archive').isVisible()).toBe(true);
    const found = (await seriousViolations(page)).map((violation) => formatViolation('search/?archive=1', violation));
    await context.close();
    expect(found).toEqual([]);
  });
});
