import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeInBrowser,
  launchBrowser,
  openContext,
  serveSite,
  visit,
  watchPayloads,
  type StaticServer,
} from '../support/browser.ts';
import { backgroundLuminance, horizontalOverflow, seriousViolations } from '../support/page-checks.ts';
import { root } from '../support/site-build.ts';

/** A phone in portrait: the narrowest width the site is designed for. */
const phone = { width: 360, height: 740 };

/** The browser checks the e2e tests run on every page, each shown failing on a page broken on purpose. */
describeInBrowser('browser checks on broken input', () => {
  let browser: Browser;
  let broken: StaticServer;
  let leaky: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    broken = await serveSite(join(root, 'test/gates/fixtures/broken-site'));
    leaky = await serveSite(join(root, 'test/gates/fixtures/leaky-site'));
  });
  afterAll(async () => {
    await browser?.close();
    await broken?.close();
    await leaky?.close();
  });

  it('catch console errors, failed requests and requests to other hosts', async () => {
    const { context, problems } = await openContext(browser, broken.origin);
    await visit(await context.newPage(), broken.root);
    await context.close();
    expect(problems.consoleErrors).toContainEqual(expect.stringContaining('boom'));
    expect(problems.failedRequests).toContainEqual(expect.stringContaining('/assets/missing.png answered 404'));
    expect([...new Set(problems.outsideRequests)].sort()).toEqual([
      'http://fonts.example.com/font.css',
      'https://analytics.example.com/collect',
      'https://cdn.example.com/logo.png',
      'https://fonts.example.com/more.css',
    ]);
  });

  it('catch overflow at phone width and a page that stays light in dark mode', async () => {
    const { context } = await openContext(browser, broken.origin, { viewport: phone, colorScheme: 'dark' });
    const page = await context.newPage();
    await visit(page, broken.root);
    expect(await horizontalOverflow(page)).toEqual([
      expect.stringMatching(/^page is 12\d\dpx wide in a 360px viewport/),
      'div',
    ]);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.5);
    await context.close();
  });

  it('catch serious and critical accessibility violations', async () => {
    const { context } = await openContext(browser, broken.origin);
    const page = await context.newPage();
    await visit(page, broken.root);
    const rules = (await seriousViolations(page)).map((v) => v.rule);
    await context.close();
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  });

  it('catch payloads that run, in the page and in frames', async () => {
    const { context } = await openContext(browser, leaky.origin);
    const ran = await watchPayloads(context);
    const page = await context.newPage();
    await visit(page, leaky.root);
    await page.evaluate(() => alert('from the page'));
    await context.close();
    expect(ran.map((line) => line.replace(leaky.origin, ''))).toEqual(
      expect.arrayContaining([
        '/: payload "img" ran',
        'about:srcdoc: payload "srcdoc" ran',
        '/: a alert dialog opened: from the page',
      ]),
    );
  });
});
