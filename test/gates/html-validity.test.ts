import { beforeAll, expect, it } from 'vitest';
import { formatVnuMessage, javaAvailable, javaHint, validateHtml } from '../support/site-checks/vnu.ts';
import { describeWithTool } from '../support/environment.ts';
import { assertBuilt, generatedSiteOfYears, sampleSite, type SiteBuild } from '../support/site-build.ts';

/**
 * The Nu HTML Checker over every page of the built sample site, and of a generated organisation
 * with three years of cycles (which has a search archive, as the sample never does), one run
 * each. The same check on a broken page is in test/unit/quality-html.test.ts. Without Java it is
 * skipped locally with the install line, and fails in CI.
 */
describeWithTool(javaAvailable, javaHint, 'HTML validity (Nu HTML Checker)', () => {
  let site: SiteBuild;
  let years: SiteBuild;
  beforeAll(async () => {
    site = await sampleSite();
    assertBuilt(site);
    years = await generatedSiteOfYears();
    assertBuilt(years);
  });

  it('every page of the sample site has zero errors', async () => {
    expect((await validateHtml(site.dir)).map(formatVnuMessage)).toEqual([]);
  });

  it('every page of an organisation with years of cycles has zero errors', async () => {
    expect((await validateHtml(years.dir)).map(formatVnuMessage)).toEqual([]);
  });
});
