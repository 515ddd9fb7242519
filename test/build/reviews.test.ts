import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, sampleSite, type SiteBuild } from '../support/site-build.ts';

/** The text of a built page's main content, tags dropped, whitespace folded. */
function text(build: SiteBuild, path: string): string {
  const file = join(build.dir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${path} was not built`);
  const html = readFileSync(file, 'utf8');
  return html
    .slice(html.indexOf('<main'), html.indexOf('</main>'))
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replace(/\s+/g, ' ');
}

/** The sample company on 2026-11-24: week 8 of 2026-Q4, with 2026-Q3 closed and graded. */
describe('the review pages of the sample company', () => {
  let build: SiteBuild;
  beforeAll(async () => {
    build = await sampleSite();
    assertBuilt(build);
  });

  it('builds one page per week and month begun, a close per cycle and an alignment report', () => {
    for (let week = 1; week <= 8; week++) expect(() => text(build, `reviews/2026-Q4/week-${week}`)).not.toThrow();
    expect(existsSync(join(build.dir, 'reviews/2026-Q4/week-9'))).toBe(false);
    expect(existsSync(join(build.dir, 'reviews/2026-Q3/week-14/index.html'))).toBe(true);
    for (const path of [
      'reviews',
      'reviews/2026-Q4/month-2026-11',
      'reviews/2026-Q3/close',
      'cycles/2026-Q4/alignment',
    ])
      expect(() => text(build, path), path).not.toThrow();
    const nav = readFileSync(join(build.dir, 'index.html'), 'utf8');
    expect(nav).toMatch(/<a href="\/reviews\/"[^>]*>\s*Reviews\s*<\/a>/);
  });

  it('shows the falling confidence and a key result behind pace in the weekly review', () => {
    const week = text(build, 'reviews/2026-Q4/week-8');
    expect(week).toContain('Keep shipper satisfaction at or above 85 %');
    expect(week).toMatch(/Keep shipper satisfaction at or above 85 % .*?: confidence fell from high to medium/);
    expect(week).toMatch(/behind pace — \d+% done on 2026-11-\d\d, \d+% expected/);
    expect(week).toContain('Reprice mid-market accounts furthest under the floor first');
    expect(week).toContain('← Week 7');
    // Last week stays readable, judged on its own last day.
    expect(text(build, 'reviews/2026-Q4/week-7')).toContain('2026-11-12 to 2026-11-18');
  });

  it('lists the dependency nobody plans for in the alignment report and on the health page', () => {
    for (const path of ['cycles/2026-Q4/alignment', 'health']) {
      const report = text(build, path);
      expect(report, path).toMatch(
        /Answer peak questions before shippers ask them .*? needs Cut time from scan to tracking page from 45 to 5 minutes .*? which belongs to 2026-Q3/,
      );
      expect(report, path).toContain('Teach integration partners to connect shippers themselves');
    }
    const health = text(build, 'health');
    expect(health).toContain('Decision "2026-10-repricing-order" has been proposed for 46 days');
    // A warning of the cycle is in the report, not again among the others.
    expect(health.match(/"onboarding-q4-partner-webinars" has no line of sight/g)?.length).toBe(2);
  });

  it('draws each theme trend with its table in the monthly review', () => {
    const html = readFileSync(join(build.dir, 'reviews/2026-Q4/month-2026-11/index.html'), 'utf8');
    expect(html.match(/<svg class="trend-chart"/g)?.length).toBe(4);
    expect(text(build, 'reviews/2026-Q4/month-2026-11')).toContain('Deliver peak season on time');
  });

  it('grades the closed quarter team by team, with the grades spread and what was cancelled', () => {
    const close = text(build, 'reviews/2026-Q3/close');
    expect(close).toContain('19 of 19 objectives graded');
    expect(close).toMatch(/Objectives by grade/);
    expect(close).toMatch(/Dropped or cancelled \(1\)/);
    expect(close).toContain('Open Austria for mid-market shippers (Mid-Market Sales) — why: Put Austria on hold');
  });
});
