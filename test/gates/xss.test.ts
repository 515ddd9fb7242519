import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readSite, type BuiltSite } from '../support/site-checks/html.ts';
import { findInjectedCode, formatInjectedCode } from '../support/site-checks/injection.ts';
import { findLeaks } from '../support/site-checks/leaks.ts';
import { assertBuilt, xssSite, type SiteBuild } from '../support/site-build.ts';

/** The function every payload of test/gates/fixtures/xss calls. */
const marker = '__xss';
/** The string every draft and restricted document of the fixture carries, in its id, title and body. */
const canary = 'zqx7canary';

/**
 * The static half of the security gate: the site built from test/gates/fixtures/xss, whose every
 * free-text field carries a payload, is read as markup. test/e2e/security.test.ts opens the same
 * site in Chromium; test/unit/quality-injection.test.ts and quality-leaks.test.ts show these
 * scans failing on a page that lets payloads through.
 */
describe('a site built from hostile content', () => {
  let build: SiteBuild;
  let site: BuiltSite;
  beforeAll(async () => {
    build = await xssSite();
    assertBuilt(build);
    site = readSite(build.dir);
  });

  it('no payload in a title, name, note or body survives as code', () => {
    expect(findInjectedCode(site, marker).map(formatInjectedCode)).toEqual([]);
  });

  it('no page carries an event-handler attribute or a script URL, whoever wrote it', () => {
    const found: string[] = [];
    for (const [file, elements] of site.pages) {
      for (const { tag, attributes, line } of elements) {
        for (const [name, value] of Object.entries(attributes)) {
          if (/^on/.test(name)) found.push(`${file}:${line}: ${name} on <${tag}>`);
          if (
            /href|src|action|data/.test(name) &&
            /^[\s\u0000-\u001f]*(java|vb)script:/i.test(value.replace(/[\t\n\r]/g, ''))
          )
            found.push(`${file}:${line}: ${name}="${value}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('no map gives its copy button a Mermaid source where a title starts a comment or a directive', () => {
    const sources: string[] = [];
    for (const file of listFiles(build.dir).filter((f) => f.endsWith('.html')))
      for (const [, source] of readFileSync(join(build.dir, file), 'utf8').matchAll(
        /<pre id="map-[^"]+-source"><code>([^<]*)<\/code><\/pre>/g,
      ))
        sources.push(source!);
    // A theme title of the fixture is `… %%{init: {'securityLevel': 'loose'}}%% …`.
    expect(sources.some((source) => source.includes('#37;%{init:'))).toBe(true);
    // Each source's first line is its own comment (`%% <map title>`); no other `%%` may follow.
    expect(sources.filter((source) => source.split('%%').length !== 2)).toEqual([]);
  });

  it('the payloads are still there, as text', () => {
    // The scans above would pass on a site that dropped the fields; the text must be shown.
    // Pages escape the quotes (`&#39;`), the search index does not: either form is the text shown.
    const payloads = [
      "__xss('check-in-note')",
      "__xss('kr-title')",
      "__xss('objective-title-map')",
      "__xss('person-name')",
    ];
    const escaped = (payload: string) => payload.replaceAll("'", '&#39;');
    const shown = findLeaks(build.dir, [...payloads, ...payloads.map(escaped)]);
    const found = new Set(
      shown.map((leak) =>
        payloads.find(
          (payload) => leak.needle === payload.toLowerCase() || leak.needle === escaped(payload).toLowerCase(),
        ),
      ),
    );
    expect([...found].sort()).toEqual(payloads);
  });

  it('draft and restricted documents appear nowhere in the site or its search index', () => {
    const files = listFiles(build.dir);
    expect(files.some((file) => file.startsWith('pagefind/') && file.endsWith('.pf_fragment'))).toBe(true);
    // The scan reads inside the compressed index: a published word is found there.
    expect(findLeaks(join(build.dir, 'pagefind'), ['pipeline']).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.toLowerCase().includes(canary))).toEqual([]);
    expect(findLeaks(build.dir, [canary])).toEqual([]);
  });
});
