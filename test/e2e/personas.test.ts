import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, openContext, serveSite, type StaticServer } from '../support/browser.ts';
import { assertBuilt, sampleSite } from '../support/site-build.ts';

/**
 * The tasks of the site's usability test, as steps a person takes from the home page, each
 * within a stated number of clicks, at desktop and phone widths. A task that needs more clicks
 * than its budget, or ends on a page that does not answer it, fails.
 */
interface Walk {
  page: Page;
  /** Follows a link or presses a button, counting it. */
  click(target: Locator): Promise<void>;
  clicks: number;
}

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

/** The reader-visible text of the main landmark. */
const mainText = (page: Page) => page.locator('main').innerText();

interface Task {
  who: string;
  task: string;
  budget: number;
  steps(walk: Walk): Promise<void>;
}

/** Home → Teams → Platform: two clicks. */
async function openTeam({ page, click }: Walk): Promise<void> {
  await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams', exact: true }));
  await click(page.locator('main').getByRole('link', { name: 'Platform', exact: true }).first());
}

/** Home → Teams → Platform → its routing objective: three clicks. */
async function openTeamObjective(walk: Walk): Promise<void> {
  await openTeam(walk);
  await walk.click(
    walk.page.locator('main').getByRole('link', { name: 'Serve route plans from the new routing service' }).first(),
  );
}

const tasks: Task[] = [
  {
    who: 'employee',
    task: 'finds what their team (Platform) is working on this quarter',
    budget: 2,
    async steps(walk) {
      const { page, click } = walk;
      await openTeam(walk);
      const text = await mainText(page);
      expect(text).toContain('Serve route plans from the new routing service');
      expect(text).toMatch(/2026-Q4/);
    },
  },
  {
    who: 'employee',
    task: "sees how one of the team's objectives connects to a strategic priority",
    budget: 3,
    async steps(walk) {
      const { page, click } = walk;
      await openTeamObjective(walk);
      const sight = page.getByRole('navigation', { name: 'Line of sight' });
      await expect.poll(() => sight.locator('a[href*="/strategy/"]').count()).toBeGreaterThan(0);
      await expect.poll(() => sight.locator('a[href*="#theme-"]').count()).toBeGreaterThan(0);
    },
  },
  {
    who: 'employee',
    task: 'finds the single sign-on work by searching for it',
    budget: 1,
    async steps({ page, click }) {
      await page.getByRole('searchbox').first().fill('single sign-on');
      await page.getByRole('searchbox').first().press('Enter');
      const first = page.locator('main a[href*="/decisions/"], main a[href*="/objectives/"]').first();
      await expect.poll(() => first.innerText(), { timeout: 15_000 }).toMatch(/single sign-on/i);
      await click(first);
      expect(await page.locator('h1').innerText()).toMatch(/single sign-on/i);
    },
  },
  {
    who: 'owner',
    task: 'sees which of their key results are behind, with the last check-in',
    budget: 2,
    async steps({ page, click }) {
      await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }));
      await click(page.locator('main').getByRole('link', { name: 'Tomasz Nowak', exact: true }).first());
      const goals = await page.locator('#goals').locator('xpath=..').innerText();
      expect(goals).toMatch(/Last check-in[\s\S]*\b(yesterday|today|\d+ days ago)\b/);
      expect(goals).toMatch(/at risk|behind pace|off track|on track/i);
    },
  },
  {
    who: 'owner',
    task: "opens the file at a key result's line on the git host to change its target",
    budget: 3,
    async steps(walk) {
      const { page, click } = walk;
      await openTeamObjective(walk);
      const update = page.locator('main').getByRole('link', { name: 'Update' }).first();
      expect(await update.getAttribute('href')).toMatch(
        /\/blob\/main\/content\/okrs\/2026-Q4\/platform\/[\w-]+\.md#L\d+$/,
      );
    },
  },
  {
    who: 'owner',
    task: 'finds the one command that adds a check-in, ready to copy',
    budget: 4,
    async steps(walk) {
      const { page, click } = walk;
      await openTeamObjective(walk);
      await click(page.locator('main summary', { hasText: 'Add a check-in by command' }).first());
      expect(await mainText(page)).toMatch(/npx throughline checkin platform-q4-[\w-]+\/[\w-]+ VALUE/);
      expect(await page.locator('main').getByRole('button', { name: /copy/i }).first().isVisible()).toBe(true);
    },
  },
  {
    who: 'CEO',
    task: "opens this week's review: what moved and what is at risk",
    budget: 2,
    async steps({ page, click }) {
      await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }));
      await click(page.locator('main').getByRole('link', { name: 'Week 8', exact: true }).first());
      const text = await mainText(page);
      expect(text).toMatch(/What moved \(\d+ check-ins?\)/);
      expect(text).toMatch(/At risk or off track \(\d+\)/);
    },
  },
  {
    who: 'CEO',
    task: 'sees what changed this week, with the values before and after, on the home page',
    budget: 0,
    async steps({ page }) {
      const text = await mainText(page);
      expect(text).toMatch(/What changed in the last 7 days/);
      expect(text).toMatch(/\d[\d.,]*\s*%?\s*→/);
    },
  },
  {
    who: 'CEO',
    task: 'goes from the at-risk count to the objectives it counts',
    budget: 1,
    async steps({ page, click }) {
      const tile = page
        .locator('main')
        .getByRole('link', { name: /At risk/ })
        .first();
      const count = Number((await tile.innerText()).match(/\d+/)![0]);
      await click(tile);
      await expect.poll(() => page.locator('#status-at-risk a.objective-row-title').count()).toBe(count);
    },
  },
  {
    who: 'CEO',
    task: 'reads the grades of the closed quarter team by team',
    budget: 2,
    async steps({ page, click }) {
      await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews', exact: true }));
      await click(page.locator('main').getByRole('link', { name: 'Quarterly close' }).last());
      const text = await mainText(page);
      expect(text).toMatch(/Quarterly close: 2026-Q3/);
      expect(text).toMatch(/Commercial[\s\S]*\b0\.\d\b/);
    },
  },
  {
    who: 'CEO',
    task: 'finds which dependencies of the quarter are blocked',
    budget: 2,
    async steps({ page, click }) {
      await click(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cycles', exact: true }));
      await click(page.locator('main').getByRole('link', { name: '2026-Q4', exact: true }).first());
      expect(await mainText(page)).toMatch(/What is blocked: \d+ blocked, \d+ at risk/);
    },
  },
];

describeInBrowser('what people come to do, from the home page', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const site = await sampleSite();
    assertBuilt(site);
    server = await serveSite(site.dir, site.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [width, viewport] of Object.entries(viewports)) {
    describe(`at ${width} width`, () => {
      for (const task of tasks) {
        it(`the ${task.who} ${task.task} in ${task.budget} click${task.budget === 1 ? '' : 's'} or fewer`, async () => {
          const { context, problems } = await openContext(browser, server.origin, { viewport });
          const page = await context.newPage();
          await page.goto(server.root, { waitUntil: 'load' });
          const walk: Walk = {
            page,
            clicks: 0,
            async click(target) {
              walk.clicks++;
              await target.scrollIntoViewIfNeeded();
              await Promise.all([page.waitForLoadState('load'), target.click()]);
            },
          };
          walk.click = walk.click.bind(walk);
          await task.steps(walk);
          expect(walk.clicks).toBeLessThanOrEqual(task.budget);
          expect(problems.consoleErrors).toEqual([]);
          await context.close();
        });
      }
    });
  }
});
