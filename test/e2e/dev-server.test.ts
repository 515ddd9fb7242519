import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { describeInBrowser, isClean, launchBrowser, openContext, takeProblems, visit } from '../support/browser.ts';
import { root, sampleContent, sampleToday, siteEnvironment } from '../support/site-build.ts';

// A copy of the sample content, so a test can edit it while the server runs (outside the
// project: its test/.tmp/ is not watched).
const content = join(mkdtempSync(join(tmpdir(), 'throughline-dev-')), 'content');
cpSync(sampleContent, content, { recursive: true });

/** Starts `astro dev` on the copy of the sample content and resolves with the address it prints. */
function startDevServer(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(4400 + (process.pid % 500))],
    {
      cwd: root,
      env: {
        ...outsideTheTestRunner(siteEnvironment({ contentDir: content, today: sampleToday })),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start within 60 s:\n${output}`)), 60_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/localhost:\d+\//.exec(output)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ server, url });
      }
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    server.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}

/** An environment without the test runner's marks: under VITEST, Astro's dev server routes no page. */
function outsideTheTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
}

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
    const titles = page.locator('.pagefind-ui__result-link');
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
});
