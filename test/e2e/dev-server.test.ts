import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { describeInBrowser, isClean, launchBrowser, openContext, takeProblems, visit } from '../support/browser.ts';
import { root, sampleContent, sampleToday, siteEnvironment } from '../support/site-build.ts';

/** Starts `astro dev` on the sample content and resolves with the address it prints. */
function startDevServer(): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(4400 + (process.pid % 500))],
    {
      cwd: root,
      env: {
        ...outsideTheTestRunner(siteEnvironment({ contentDir: sampleContent, today: sampleToday })),
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
