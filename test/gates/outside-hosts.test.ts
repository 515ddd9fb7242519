import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findOtherHostMentions,
  findOutsideReferences,
  formatHostMention,
  formatOutsideReference,
} from '../support/site-checks/hosts.ts';
import { listFiles, readSite } from '../support/site-checks/html.ts';
import { urlPathOf } from '../support/site-checks/links.ts';
import { describeInBrowser, launchBrowser, openContext, serveSite, visit } from '../support/browser.ts';
import { assertBuilt, root, sampleContent, sampleSite, type SiteBuild } from '../support/site-build.ts';

/**
 * No page of the site makes a reader's browser contact another host. What may name another
 * host, because it contacts nothing on its own:
 * - XML namespaces (`xmlns="http://www.w3.org/2000/svg"`): names, never fetched;
 * - links a reader chooses to follow (`<a href>`), and only those the content itself holds
 *   (an initiative's tracker link, the edit link from `editUrl`, links in Markdown bodies):
 *   the site adds none of its own;
 * - addresses inside bundled scripts that no request is made to (documentation links in
 *   comments and error messages of Mermaid or Pagefind); literal `fetch()`, `import()`,
 *   workers, sockets and beacons to another host are reported.
 * The browser's request log over every page must agree: no request leaves the test server.
 * Each check is shown failing on broken input in test/unit/quality-hosts.test.ts and
 * test/unit/quality-browser.test.ts.
 */
describe('no outside requests from the sample site', () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await sampleSite();
    assertBuilt(site);
  });

  it('the scan of dist/ finds nothing that loads from another host', () => {
    expect(findOutsideReferences(site.dir).map(formatOutsideReference)).toEqual([]);
  });

  it('no attribute names another host except XML namespaces and links a reader follows', () => {
    expect(findOtherHostMentions(site.dir).map(formatHostMention)).toEqual([]);
  });

  it('every link to another host comes from the content, not from the site', () => {
    const fromContent = contentHosts(sampleContent);
    const added: string[] = [];
    for (const [file, elements] of readSite(site.dir).pages) {
      for (const { tag, attributes, line } of elements) {
        const href = tag === 'a' || tag === 'area' ? attributes.href : undefined;
        if (!href || !/^\s*(?:https?:)?\/\//i.test(href)) continue;
        const host = new URL(href, 'http://site.invalid').host;
        if (!fromContent.has(host)) added.push(`${file}:${line}: links to ${href}`);
      }
    }
    expect(added).toEqual([]);
  });
});

describeInBrowser('the browser agrees: no request leaves the site', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('on the broken site, the browser tries exactly the hosts the scan found', async () => {
    const broken = join(root, 'test/gates/fixtures/broken-site');
    const scanned = hostsOf(
      findOutsideReferences(broken).map((r) => (r.url.startsWith('//') ? `http:${r.url}` : r.url)),
    );
    expect(hostsOf(await requestLog(browser, broken))).toEqual(scanned);
  });

  it('on the sample site, opening every page sends no request to another host', async () => {
    const site = await sampleSite();
    assertBuilt(site);
    expect(await requestLog(browser, site.dir, site.base)).toEqual([]);
  });
});

/** Every request the browser tried to send to another host while opening every page of a site. */
async function requestLog(browser: Browser, dir: string, base = '/'): Promise<string[]> {
  const server = await serveSite(dir, base);
  const { context, problems } = await openContext(browser, server.origin);
  const page = await context.newPage();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html')))
    await visit(page, server.root + urlPathOf(file));
  await context.close();
  await server.close();
  return [...new Set(problems.outsideRequests)].sort();
}

/** The hosts of a list of URLs, for comparing what the scan predicts with what the browser did. */
function hostsOf(urls: string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url, 'http://site.invalid').host))].sort();
}

/** The hosts of every address written in a content folder: `editUrl`, initiative links, links in bodies. */
function contentHosts(dir: string): Set<string> {
  const hosts = new Set<string>();
  for (const file of listFiles(dir).filter((f) => /\.(md|mdx|ya?ml)$/.test(f))) {
    for (const [url] of readFileSync(join(dir, file), 'utf8').matchAll(/\bhttps?:\/\/[^\s"'<>)\]]+/gi)) {
      try {
        hosts.add(new URL(url).host);
      } catch {
        // Not an address after all.
      }
    }
  }
  return hosts;
}
