import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listFiles } from '../support/site-checks/html.ts';
import { urlPathOf } from '../support/site-checks/links.ts';
import {
  describeInBrowser,
  launchBrowser,
  openContext,
  serveSite,
  visit,
  type StaticServer,
} from '../support/browser.ts';
import { assertBuilt, sampleSite, type SiteBuild } from '../support/site-build.ts';

/** What has the keyboard focus, in a few words a failure message can show. */
interface Focus {
  tag: string;
  label: string;
  href?: string;
  isSearchField: boolean;
  inMap: boolean;
  inMapList: boolean;
  /** A result link of the search UI. */
  inSearchResults: boolean;
  /** The closed "map as a list" toggle. */
  isMapListToggle: boolean;
}

async function focused(page: Page): Promise<Focus | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const input = element as HTMLInputElement;
    const isSearchField =
      element.tagName === 'INPUT' &&
      (input.type === 'search' ||
        element.getAttribute('role') === 'searchbox' ||
        !!element.closest('search, [role=search], form[action*="search"]'));
    return {
      tag: element.tagName.toLowerCase(),
      label: (element.getAttribute('aria-label') ?? element.textContent ?? input.placeholder ?? '').trim().slice(0, 60),
      href: (element as HTMLAnchorElement).href || undefined,
      isSearchField,
      inMap: !!element.closest('figure.tl-map'),
      inMapList: !!element.closest('.tl-map-outline') && element.tagName === 'A',
      inSearchResults:
        element.tagName === 'A' &&
        !!element.closest('#search .search-results') &&
        !/[?&]q=|\/search\/?$/.test((element as HTMLAnchorElement).href),
      isMapListToggle: element.tagName === 'SUMMARY' && !!element.closest('details.tl-map-outline:not([open])'),
    };
  });
}

/** Presses Tab until `wanted` holds for the focused element; returns it, or the path taken when it never does. */
async function tabUntil(
  page: Page,
  wanted: (focus: Focus) => boolean,
  limit = 80,
): Promise<{ found?: Focus; path: string[] }> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (focus && wanted(focus)) return { found: focus, path };
    path.push(focus ? `${focus.tag} "${focus.label}"` : '(nothing)');
  }
  return { path };
}

describeInBrowser('keyboard only', () => {
  let browser: Browser;
  let build: SiteBuild;
  let server: StaticServer;
  beforeAll(async () => {
    build = await sampleSite();
    assertBuilt(build);
    server = await serveSite(build.dir, build.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches search from the home page, types a query and opens a result', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await visit(page, server.root);
    // Either the field is on the page, or a link leads to the page that has it.
    let { found, path } = await tabUntil(page, (f) => f.isSearchField || /search/i.test(f.href ?? ''));
    expect(found, `Tab never reached search: ${path.join(' → ')}`).toBeDefined();
    if (!found!.isSearchField) {
      await page.keyboard.press('Enter');
      await page.waitForLoadState('load');
      if (!(await focused(page))?.isSearchField) ({ found, path } = await tabUntil(page, (f) => f.isSearchField));
      expect(found?.isSearchField, `Tab never reached the search field: ${path.join(' → ')}`).toBe(true);
    }
    await page.keyboard.type('pipeline', { delay: 20 });
    // A header field submits to the search page; the search page's own field searches as one types.
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    await page.locator('#search .search-result-link').first().waitFor({ timeout: 10_000 });
    const result = await tabUntil(page, (f) => f.inSearchResults, 60);
    expect(result.found, `Tab never reached a search result: ${result.path.join(' → ')}`).toBeDefined();
    await page.keyboard.press('Enter');
    const target = result.found!.href!.replace(/#.*$/, '');
    await page.waitForURL((url) => url.href.replace(/#.*$/, '') === target);
    await context.close();
  });

  it('reaches the links of a strategy map and follows one to its page', async () => {
    const mapPage = listFiles(build.dir).find(
      (f) => f.endsWith('.html') && readFileSync(join(build.dir, f), 'utf8').includes('class="tl-map-outline"'),
    );
    expect(mapPage, 'no page shows a strategy map with its list').toBeDefined();
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await visit(page, server.root + urlPathOf(mapPage!));
    // The list is folded under its own toggle: Tab to it and open it with Enter, as a reader would.
    const toggle = await tabUntil(page, (f) => f.isMapListToggle || f.inMapList, 200);
    expect(toggle.found, `Tab never reached the map's list: ${toggle.path.slice(-20).join(' → ')}`).toBeDefined();
    if (toggle.found!.isMapListToggle) await page.keyboard.press('Enter');
    const { found, path } = toggle.found!.inMapList
      ? { found: toggle.found, path: [] }
      : await tabUntil(page, (f) => f.inMapList, 20);
    expect(found, `Tab never reached a link of the map: ${path.slice(-20).join(' → ')}`).toBeDefined();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href.replace(/#.*$/, '') === found!.href!.replace(/#.*$/, ''));
    expect((await page.locator('h1').first().textContent())?.trim()).toBeTruthy();
    await context.close();
  });
});
