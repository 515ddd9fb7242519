import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { materialise } from '../support/content-fixtures.ts';
import { listFiles } from '../support/site-checks/html.ts';
import { assertBuilt, buildSite, builtPage, root, type SiteBuild } from '../support/site-build.ts';

/** What a reader sees of a page: its text and the attributes read aloud or shown (titles, labels, descriptions). */
function readerText(html: string): string {
  const parts: string[] = [];
  let skipped = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script' || name === 'style') skipped++;
      for (const key of ['title', 'aria-label', 'alt', 'content']) if (attributes[key]) parts.push(attributes[key]);
    },
    ontext(text) {
      if (!skipped) parts.push(text);
    },
    onclosetag(name) {
      if (name === 'script' || name === 'style') skipped--;
    },
  });
  parser.write(html);
  parser.end();
  return parts.join(' ');
}

/**
 * The fixture config-fiscal-year-end built as a site: a company whose fiscal year starts in
 * February and is named by the year it ends, with `cycleLabel: FY21-Q3`.
 */
describe('the site of a company that names fiscal years by the year they end', () => {
  let build: SiteBuild;
  const page = (path: string) => builtPage(build, path);
  beforeAll(async () => {
    const content = relative(root, join(materialise('config-fiscal-year-end'), 'content'));
    build = await buildSite({ name: 'fiscal-year-end', content, today: '2020-09-15' });
    assertBuilt(build);
  });

  it('keeps the cycle id in URLs', () => {
    expect(page('')).toContain('href="/cycles/2021-Q3/"');
    expect(existsSync(join(build.dir, 'cycles/2021-Q3/index.html'))).toBe(true);
  });

  it('shows FY21-Q3 wherever a page names the cycle, and never the id', () => {
    expect(readerText(page(''))).toContain('FY21-Q3 at a glance');
    expect(readerText(page('cycles'))).toMatch(/FY21-Q3\s+2020-08-01 to 2020-10-31/);
    expect(readerText(page('cycles/2021-Q3'))).toContain('Strategic brief · FY21-Q3');
    expect(readerText(page('objectives/company-q3-grow-arr'))).toContain('Objective for FY21-Q3');
    expect(readerText(page('health'))).toContain('Alignment in FY21-Q3');
    const pages = listFiles(build.dir).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages)
      expect(readerText(readFileSync(join(build.dir, file), 'utf8')), file).not.toContain('2021-Q3');
  });
});
