import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem } from '../support/site-checks/links.ts';
import {
  assertBuilt,
  generatedSiteOfYears,
  samplePrefix,
  sampleSite,
  sampleSiteUnderBase,
  type SiteBuild,
} from '../support/site-build.ts';

/** The link check over the built sample site; on broken input it is shown failing in test/unit/quality-links.test.ts. */
describe('links of the sample site', () => {
  let site: SiteBuild;
  let underBase: SiteBuild;
  beforeAll(async () => {
    site = await sampleSite();
    underBase = await sampleSiteUnderBase();
  });

  it('builds, at the root and under a base path', () => {
    assertBuilt(site);
    assertBuilt(underBase);
  });

  it('every internal link, resource and fragment resolves', () => {
    expect(checkLinks(site.dir).map(formatLinkProblem)).toEqual([]);
  });

  it(`every internal link, resource and fragment resolves when built under ${samplePrefix}`, () => {
    expect(checkLinks(underBase.dir, { base: samplePrefix }).map(formatLinkProblem)).toEqual([]);
  });
});

/** The same check on a generated organisation with three years of cycles and a search archive. */
describe('links of an organisation with years of cycles', () => {
  it('every internal link, resource and fragment resolves', async () => {
    const site = await generatedSiteOfYears();
    assertBuilt(site);
    expect(checkLinks(site.dir).map(formatLinkProblem)).toEqual([]);
  });
});
