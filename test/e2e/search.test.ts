import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import type { ContentDocument, Objective } from '../../src/model/types.ts';
import { objectiveStatus, statusText } from '../../src/model/status.ts';
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
import { assertBuilt, sampleContent, sampleSite, sampleToday } from '../support/site-build.ts';

/** What Pagefind's own API answers in the page, reduced to what the tests compare. */
interface Hit {
  url: string;
  title: string;
  filters: Record<string, string[]>;
}

/** Runs a Pagefind search with the site's own bundle, in the page, and returns every hit. */
async function pagefindSearch(
  page: Page,
  bundle: string,
  term: string | null,
  filters: Record<string, string | string[]> = {},
): Promise<Hit[]> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.init?.();
    const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
    return Promise.all(search.results.map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta?.title ?? '', filters: data.filters ?? {} };
    }));
  })()`) as Promise<Hit[]>;
}

async function pagefindFilters(page: Page, bundle: string): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.init?.();
    return pagefind.filters();
  })()`) as Promise<Record<string, Record<string, number>>>;
}

/** A word most pages of the sample company use, so a filter has something to narrow. */
const commonWord = 'customer';

/** A site path without the base path, query or trailing `index.html`. */
const pathOfUrl = (url: string, base: string) =>
  new URL(url, 'http://site.invalid').pathname.replace(/index\.html$/, '').slice(base.length);

describeInBrowser('search in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let base: string;
  let bundle: string;
  /** One published document of each kind, the ones search must find by their title. */
  let expected: ContentDocument[];
  beforeAll(async () => {
    const site = await sampleSite();
    assertBuilt(site);
    base = site.base;
    server = await serveSite(site.dir, site.base);
    bundle = `${server.root}pagefind/pagefind.js`;
    browser = await launchBrowser();
    const graph = checkContent({ contentDir: sampleContent, today: sampleToday }).graph!;
    const byKind = new Map<string, ContentDocument>();
    for (const document of graph.documents)
      if (document.published && !byKind.has(document.kind)) byKind.set(document.kind, document);
    expected = [...byKind.values()];
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the search page', () => {
    it('shows the expected document for a query typed into it, with its owner, team, status and progress', async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await visit(page, `${server.root}search/`);
      const objective = expected.find((document) => document.kind === 'objective')! as Objective;
      await page.locator('#search-input').fill(titleOf(objective));
      await resultCount(page);
      const links = async () =>
        (
          await page.locator('.search-result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))
        ).map((link) => pathOfUrl(link, base));
      await expect.poll(links, { timeout: 10_000 }).toContain(pathOf(objective));
      const result = page.locator('.search-result', {
        has: page.locator(`.search-result-link[href$="/${pathOf(objective)}"]`),
      });
      const facts = (await result.locator('.search-result-facts').textContent()) ?? '';
      const graph = checkContent({ contentDir: sampleContent, today: sampleToday }).graph!;
      const { status, progress } = objectiveStatus(graph, objective);
      expect(facts).toContain('Objective');
      expect(facts).toContain(graph.teamById.get(objective.data.team)!.data.name);
      expect(facts).toContain(`Owner: ${graph.people.find((person) => person.id === objective.data.owner)!.data.name}`);
      expect(facts).toContain(statusText[status].word);
      if (progress !== undefined) expect(facts).toContain(`${Math.round(progress * 100)} % done`);
      // The query runs in the page: Pagefind's worker, a second copy of its client, is never fetched.
      expect(requested.filter((path) => path.endsWith('/pagefind/pagefind.js'))).toHaveLength(1);
      expect(requested.filter((path) => path.includes('pagefind-worker') || path.includes('pagefind-ui'))).toEqual([]);
      // The filters are the page's own: none of Pagefind's filter files is fetched to show them.
      expect(requested.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
      await context.close();
      expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
    });

    it('shows its filters before any query, with statuses as words, objective and decision statuses apart', async () => {
      const { context } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await visit(page, `${server.root}search/`);
      const legends = await page
        .locator('.search-filters legend, .search-filters div.search-filter > label')
        .allTextContents();
      expect(legends.map((text) => text.trim())).toEqual([
        'Kind',
        'Objective status',
        'Decision status',
        'Cycle',
        'Team',
        'Owner',
      ]);
      expect(await page.locator('.search-filters').isVisible()).toBe(true);
      const objectiveStatuses = await page
        .locator('input[name="status"]')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(objectiveStatuses).toContain('At risk');
      expect(objectiveStatuses).not.toContain('at-risk');
      expect(await page.locator('input[name="decision"][value="Accepted"]').count()).toBe(1);
      await context.close();
    });

    it('narrows the results when a filter is ticked, keeps it in the address, and goes back to the wider results', async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      // A query from the header form arrives as ?q=.
      await visit(page, `${server.root}search/?q=${encodeURIComponent(commonWord)}`);
      const all = await resultCount(page);
      await page.locator('input[name="kind"][value="objective"]').check();
      await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBeLessThan(all);
      const narrowed = await resultCount(page);
      expect(narrowed).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['objective']);
      expect(new URL(page.url()).searchParams.get('q')).toBe(commonWord);

      // The address alone gives the same search: it can be shared.
      const shared = await context.newPage();
      await visit(shared, page.url());
      expect(await shared.locator('input[name="kind"][value="objective"]').isChecked()).toBe(true);
      expect(await shared.locator('#search-input').inputValue()).toBe(commonWord);
      expect(await resultCount(shared)).toBe(narrowed);

      await page.goBack();
      await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(all);
      expect(await page.locator('input[name="kind"][value="objective"]').isChecked()).toBe(false);
      await page.goForward();
      await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(narrowed);
      expect(await page.locator('input[name="kind"][value="objective"]').isChecked()).toBe(true);
      await context.close();
      expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
    });
  });

  describe('the index', () => {
    it('finds each kind of document by its title, at its own page', async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await visit(page, server.root);
      const missing: string[] = [];
      for (const document of expected) {
        const title = titleOf(document);
        const hits = await pagefindSearch(page, bundle, title);
        const wanted = pathOf(document);
        if (!hits.slice(0, 5).some((hit) => pathOfUrl(hit.url, base) === wanted)) {
          missing.push(
            `"${title}" (${document.kind}) should find /${wanted}; found ${
              hits
                .slice(0, 5)
                .map((hit) => pathOfUrl(hit.url, '/'))
                .join(', ') || 'nothing'
            }`,
          );
        }
      }
      await context.close();
      expect(missing).toEqual([]);
      expect(expected.length).toBeGreaterThanOrEqual(5);
      expect(isClean(problems), JSON.stringify(takeProblems(problems))).toBe(true);
    });

    it('narrows results with each filter, and every filtered hit carries the filter value', async () => {
      const { context } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await visit(page, server.root);
      const filters = await pagefindFilters(page, bundle);
      expect(Object.keys(filters).length, 'the index has no filters').toBeGreaterThan(0);
      const all = await pagefindSearch(page, bundle, null);
      const wrong: string[] = [];
      for (const [name, values] of Object.entries(filters)) {
        const entries = Object.entries(values).filter(([, count]) => count > 0);
        for (const [value, count] of entries) {
          const hits = await pagefindSearch(page, bundle, null, { [name]: value });
          if (hits.length !== count) wrong.push(`${name}=${value}: ${hits.length} results, the filter counts ${count}`);
          if (entries.length > 1 && hits.length >= all.length)
            wrong.push(`${name}=${value} does not narrow ${all.length} results`);
          for (const hit of hits)
            if (!(hit.filters[name] ?? []).includes(value)) wrong.push(`${name}=${value} let through ${hit.url}`);
        }
      }
      await context.close();
      expect(wrong).toEqual([]);
    });
  });
});

/** The number in the search page's "N results for …" line, once results have arrived. */
async function resultCount(page: Page): Promise<number> {
  const message = page.locator('.search-message');
  await expect
    .poll(async () => /\d+ results?|No results/.test((await message.textContent()) ?? ''), { timeout: 10_000 })
    .toBe(true);
  return Number(/([\d,]+) results?/.exec((await message.textContent())!)?.[1]?.replace(/,/g, '') ?? 0);
}

function titleOf(document: ContentDocument): string {
  const data = document.data as { title?: string; name?: string };
  return data.title ?? data.name ?? document.id;
}
