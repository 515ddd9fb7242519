import { beforeAll, expect, it } from 'vitest';
import { formatVnuMessage, javaAvailable, javaHint, validateHtml } from '../support/site-checks/vnu.ts';
import { describeWithTool } from '../support/environment.ts';
import { assertBuilt, sampleSite, type SiteBuild } from '../support/site-build.ts';

/**
 * The Nu HTML Checker over every page of the built sample site, in one run. The same check on a
 * broken page is in test/unit/quality-html.test.ts. Without Java it is skipped locally with the
 * install line, and fails in CI.
 */
describeWithTool(javaAvailable, javaHint, 'HTML validity (Nu HTML Checker) on the sample site', () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await sampleSite();
    assertBuilt(site);
  });

  it('every page has zero errors', async () => {
    expect((await validateHtml(site.dir)).map(formatVnuMessage)).toEqual([]);
  });
});
