import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { describeInBrowser, isClean, launchBrowser, openContext, takeProblems, visit } from '../support/browser.ts';
import { startDevServer } from '../support/dev-server.ts';
import { sampleContent, sampleToday } from '../support/site-build.ts';

describeInBrowser('npm run dev in Chromium', () => {
  let server: ChildProcess | undefined;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    ({ server, url } = await startDevServer());
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it("applies the site's styles: the page's security policy lets the dev server's injected styles in", async () => {
    const { context, problems } = await openContext(browser, new URL(url).origin);
    const page = await context.newPage();
    await visit(page, url);
    // The header's search form is a flex row only when the site's stylesheet applies.
    expect(await page.locator('.site-search').evaluate((form) => getComputedStyle(form).display)).toBe('flex');
    await context.close();
    expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
  });

  it('answers a search from the in-memory index', async () => {
    const objective = checkContent({ contentDir: sampleContent, today: sampleToday }).graph!.objectives.find(
      (o) => o.published,
    )!;
    const { context } = await openContext(browser, new URL(url).origin);
    const page = await context.newPage();
    await visit(page, `${url}search/?q=${encodeURIComponent(objective.data.title)}`);
    const titles = page.locator('.pagefind-ui__result-link');
    await expect.poll(() => titles.allTextContents(), { timeout: 20_000 }).toContain(objective.data.title);
    await context.close();
  });
});
