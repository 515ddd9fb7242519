import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { describeInBrowser, isClean, launchBrowser, openContext, takeProblems, visit } from '../support/browser.ts';
import { startDevServer } from '../support/astro-dev.ts';
import { sampleContent, sampleToday } from '../support/site-build.ts';

// A copy of the sample content, so a test can edit it while the server runs (outside the
// project: its test/.tmp/ is not watched).
const content = join(mkdtempSync(join(tmpdir(), 'throughline-dev-')), 'content');
cpSync(sampleContent, content, { recursive: true });

describeInBrowser('npm run dev in Chromium', () => {
  let server: ChildProcess | undefined;
  let url: string;
  let browser: Browser;
  beforeAll(async () => {
    ({ server, url } = await startDevServer({ content }));
    browser = await launchBrowser();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill();
    rmSync(join(content, '..'), { recursive: true, force: true });
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
    const titles = page.locator('.search-result-link');
    await expect.poll(() => titles.allTextContents(), { timeout: 20_000 }).toContain(objective.data.title);
    await context.close();
  });

  it('follows an edit of the edit links in throughline.yaml without a restart', async () => {
    const decision = checkContent({ contentDir: content, today: sampleToday }).graph!.decisions.find(
      (d) => d.published,
    )!;
    const editLink = async () =>
      /href="(https:[^"]*)"[^>]*>\s*Edit this page/.exec(
        await (await fetch(`${url}decisions/${decision.id}/`)).text(),
      )?.[1];
    const configuration = join(content, 'throughline.yaml');
    const others = readFileSync(configuration, 'utf8').replace(/^(editUrl|contentPath):.*\n/gm, '');
    writeFileSync(configuration, `${others}editUrl: https://git.example/edit/main/\ncontentPath: moved\n`);
    await expect
      .poll(editLink, { timeout: 20_000, interval: 250 })
      .toBe(`https://git.example/edit/main/moved/${decision.source.key}`);
  });

  it('compiles an MDX document added while it runs, once throughline.yaml allows its folder', async () => {
    const configuration = join(content, 'throughline.yaml');
    writeFileSync(configuration, `${readFileSync(configuration, 'utf8')}mdx:\n  - decisions/**\n`);
    const deciders = checkContent({ contentDir: content, today: sampleToday }).graph!.people[0]!.id;
    writeFileSync(
      join(content, 'decisions/2026-11-review-rhythm.mdx'),
      `---\nid: 2026-11-review-rhythm\ntitle: Review the plan every second week\ndate: 2026-11-10\nstatus: accepted\ndeciders: [${deciders}]\n---\nexport const weeks = 2;\n\nWe meet every {weeks} weeks.\n`,
    );
    const page = async () => (await fetch(`${url}decisions/2026-11-review-rhythm/`)).text();
    await expect.poll(page, { timeout: 30_000, interval: 500 }).toContain('We meet every 2 weeks.');
  });
});
