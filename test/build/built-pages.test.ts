import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { loadContent } from '../../src/model/load.ts';
import { pageAnchors } from '../../src/model/page-anchors.ts';
import { pathOf } from '../../src/render/urls.ts';
import { listFiles } from '../support/site-checks/html.ts';
import { assertBuilt, buildSite, builtPage, runBuild, type SiteBuild } from '../support/site-build.ts';

const content = 'test/build/fixtures/company';

const page = builtPage;

/** Every href of a page. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
}

describe('the site built from a small company', () => {
  let build: SiteBuild;
  beforeAll(async () => {
    build = await buildSite({ name: 'pages-fixture', content });
    assertBuilt(build);
  });

  it('builds a page for every document and list', () => {
    for (const path of [
      '',
      'strategy',
      'strategy/win-mid-market-fleets',
      'cycles',
      'cycles/2026-Q4',
      'objectives/company-q4-grow-arr',
      'objectives/sales-q4-shorter-cycle',
      'teams',
      'teams/sales',
      'people',
      'people/jon-park',
      'decisions',
      'decisions/2026-11-narrow-focus',
      'health',
      'cycles/2026-Q4/alignment',
      'reviews',
      'reviews/2026-Q4/week-1',
      'reviews/2026-Q4/month-2026-10',
      'reviews/2026-Q4/close',
      'search',
      'objectives',
      'changes/week',
    ]) {
      expect(() => page(build, path), path).not.toThrow();
    }
    expect(existsSync(join(build.dir, '404.html'))).toBe(true);
    expect(existsSync(join(build.dir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('shows the line of sight from the priority down to the objective', () => {
    const html = page(build, 'objectives/sales-q4-shorter-cycle');
    const trail = html.slice(
      html.indexOf('aria-label="Line of sight"'),
      html.indexOf('</nav>', html.indexOf('aria-label="Line of sight"')),
    );
    const links = hrefs(trail);
    expect(links).toEqual([
      '/strategy/win-mid-market-fleets/',
      '/cycles/2026-Q4/#theme-enterprise-trust',
      '/objectives/company-q4-grow-arr/',
      '/objectives/company-q4-grow-arr/#kr-net-new-arr',
    ]);
    expect(trail).toMatch(/aria-current="page"[^>]*>Close enterprise deals faster</);
  });

  it('computes progress from check-ins, decreasing metrics included', () => {
    const html = page(build, 'objectives/sales-q4-shorter-cycle');
    // Baseline 120 days, target 80, latest check-in 104: (120 - 104) / (120 - 80) = 40 %.
    expect(html).toMatch(/Current<\/span> <strong[^>]*>104 days<\/strong>/);
    expect(html).toContain('Progress of Cut the sales cycle from 120 to 80 days: </span>40%');
    // €2M → €3M with €2.3M checked in: 30 %.
    expect(page(build, 'objectives/company-q4-grow-arr')).toContain(
      'Progress of Grow net-new ARR from €2M to €3M: </span>30%',
    );
  });

  it('shows milestones against the check-ins, and a binary result never checked in as not measured yet', () => {
    const html = page(build, 'objectives/sales-q4-shorter-cycle');
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toContain('2026-10-20: 116 days · ✔ met (115 days on 2026-10-15)');
    expect(text).toContain('2026-10-31: 112 days · ✖ missed (115 days on 2026-10-15)');
    expect(text).toContain('2026-12-15: 90 days · ○ upcoming (104 days on 2026-11-20)');
    expect(text).toMatch(/Current\s*not measured yet/);
    expect(text).not.toMatch(/Current\s*No/);
  });

  it('derives back-links: aligned children, dependants, decisions and superseded-by', () => {
    const parent = page(build, 'objectives/company-q4-grow-arr');
    const aligned = parent.slice(parent.indexOf('id="aligned"'), parent.indexOf('id="decisions"'));
    expect(hrefs(aligned)).toEqual(
      expect.arrayContaining([
        '/objectives/sales-q4-shorter-cycle/',
        '/objectives/sales-q4-enterprise-pipeline/',
        '#kr-net-new-arr',
      ]),
    );
    const provider = page(build, 'objectives/sales-q4-enterprise-pipeline');
    const neededBy = provider.slice(provider.indexOf('Needed by'), provider.indexOf('id="aligned"'));
    expect(hrefs(neededBy)).toContain('/objectives/sales-q4-shorter-cycle/');
    const changed = page(build, 'objectives/sales-q4-shorter-cycle');
    expect(hrefs(changed.slice(changed.indexOf('id="decisions"')))).toContain('/decisions/2026-11-narrow-focus/');
    expect(page(build, 'decisions/2026-10-focus-enterprise')).toMatch(
      /Superseded by <a href="\/decisions\/2026-11-narrow-focus\/"/,
    );
  });

  it('resolves links in bodies to pages and renders no raw Markdown link', () => {
    const html = page(build, 'objectives/sales-q4-shorter-cycle');
    expect(html).toContain('<a href="/objectives/sales-q4-enterprise-pipeline/">the pipeline</a>');
    expect(page(build, 'objectives/company-q4-grow-arr')).toContain('<a href="/cycles/2026-Q4/">brief</a>');
  });

  it("shows a team's mission under its heading, and no heading when the team's body is empty", () => {
    const mission = /<h2[^>]*>Mission<\/h2>/;
    expect(page(build, 'teams/sales')).toMatch(mission);
    expect(page(build, 'teams/operations')).not.toMatch(mission);
  });

  it('compiles MDX bodies in allowed folders: expressions evaluated, document links resolved', () => {
    const html = page(build, 'decisions/2026-11-review-cadence');
    const body = html.slice(html.indexOf('<div class="body">'), html.indexOf('</aside>') + 8);
    expect(body).toContain('<h2 id="section-decision">Decision</h2>');
    expect(body).toContain('13 reviews a quarter,\n390 minutes in all.');
    expect(body).toContain('<a href="/objectives/sales-q4-enterprise-pipeline/">the pipeline</a>');
    expect(body).toContain('<a href="/objectives/sales-q4-shorter-cycle/">shorter cycle</a>');
    // A restricted target keeps its words and loses its link.
    expect(body).toContain('\nand the reorganisation is not ours');
    expect(body).toContain('<aside class="callout">Agenda');
    expect(body).not.toMatch(/reviewsPerQuarter|export const/);
  });

  it('has on each document page only ids a body link may name, besides maps and the search box', () => {
    const graph = buildGraph(loadContent(content), { today: '2026-11-24' });
    const ignored = /^(map-.*|kr-.*-title|site-search-input)$/;
    for (const document of graph.documents.filter((d) => d.published)) {
      const ids = [...page(build, pathOf(document)).matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
      const accepted = pageAnchors(document).ids;
      expect(
        ids.filter((id) => !ignored.test(id) && !accepted.has(id)),
        document.id,
      ).toEqual([]);
    }
  });

  it('leaves drafts and restricted documents out of every page and the search index', () => {
    expect(existsSync(join(build.dir, 'objectives/sales-q4-secret-plan'))).toBe(false);
    expect(existsSync(join(build.dir, 'decisions/2026-11-restricted'))).toBe(false);
    for (const file of listFiles(build.dir)) {
      const text = readFileSync(join(build.dir, file)).toString('latin1');
      expect(text.includes('SITE-CANARY'), file).toBe(false);
      expect(text.includes('secret-plan'), file).toBe(false);
    }
  });

  it('loads no script from an inline block and sets a same-origin Content-Security-Policy', () => {
    for (const file of listFiles(build.dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      expect(html, file).toContain(`http-equiv="Content-Security-Policy" content="default-src 'self';`);
      expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), file).toBeNull();
      expect(html, file).not.toMatch(/\sstyle="/);
    }
  });

  it("makes a person's page their dashboard: goals with status, pace and last check-in before what they decided", () => {
    const html = page(build, 'people/jon-park');
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(html).toContain('id="goals"');
    expect(text).toContain('2026-Q4 · current cycle');
    expect(text).toMatch(/Key result Status Progress Pace Last check-in/);
    expect(text).toContain('Cut the sales cycle from 120 to 80 days');
    expect(text).toMatch(/\d+ days ago|yesterday|today/);
    expect(html.indexOf('id="goals"')).toBeLessThan(html.indexOf('Decisions taken'));
    expect(text).not.toContain('Objectives owned');
    // What needs attention is marked for the styles and said in words: behind with the expected share, stale, never checked in.
    expect(html).toMatch(
      /<tr data-attention="true"><th scope="row"><a href="[^"]+">Grow qualified enterprise pipeline/,
    );
    expect(html).toContain('<td class="pace pace-behind">Behind<span class="muted"> (expected 32%)</span></td>');
    expect(html).toContain('<span class="muted">No check-in yet</span><strong class="stale"> · ⚠ stale</strong>');
  });

  it("shows each team's status and counts its objectives in words", () => {
    const text = page(build, 'teams')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(/Sales [▲●✖○✔] [A-Z][a-z ]+ Progress of Sales: \d+% 2 objectives/);
    expect(text).toMatch(/1 objective\b/);
    expect(text).not.toMatch(/\b1 objectives/);
  });

  it('links the status tiles to the lists they count, and shows each check-in of the week with its values', () => {
    const home = page(build, '');
    for (const status of ['on-track', 'at-risk', 'off-track', 'not-started', 'done'])
      expect(home).toContain(`href="/objectives/#status-${status}"`);
    const objectives = page(build, 'objectives');
    expect(objectives).toContain('id="status-at-risk"');
    expect(objectives).toContain('id="status-on-track"');
    expect(home).toContain('href="/changes/week/"');
    // 2026-11-20: 115 days → 104 days on the sales cycle.
    const week = page(build, 'changes/week')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(week).toContain('115 days → to 104 days');
  });

  it('gives each key result the check-in command, and no update link without an editUrl', () => {
    const html = page(build, 'objectives/sales-q4-shorter-cycle');
    expect(html).toContain('npx throughline checkin sales-q4-shorter-cycle/cycle-days VALUE --confidence');
    expect(html).not.toMatch(/#L\d+"/);
  });

  it('gives the brief page an "On this page" list of its sections, and objective rows one primary link', () => {
    const html = page(build, 'cycles/2026-Q4');
    const nav = html.slice(
      html.indexOf('aria-label="On this page"'),
      html.indexOf('</nav>', html.indexOf('aria-label="On this page"')),
    );
    expect(hrefs(nav)).toEqual(['#themes', '#not-now', '#trade-offs', '#risks', '#maps', '#objectives-by-team']);
    for (const id of ['themes', 'not-now', 'trade-offs', 'risks', 'maps', 'objectives-by-team'])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain('class="objective-row-title');
  });

  it('allows inline styles only on pages with an author diagram, which Mermaid draws with them', () => {
    const styleSrc = (path: string) => /style-src ([^;]*);/.exec(page(build, path))![1];
    expect(page(build, 'strategy/win-mid-market-fleets')).toContain('<pre class="mermaid">');
    expect(styleSrc('strategy/win-mid-market-fleets')).toBe("'self' 'unsafe-inline'");
    for (const path of ['', 'objectives/sales-q4-shorter-cycle', 'cycles/2026-Q4', 'search'])
      expect(styleSrc(path), path).toBe("'self'");
  });
});

describe('the same site under a base path', () => {
  let build: SiteBuild;
  beforeAll(async () => {
    build = await buildSite({ name: 'pages-fixture-base', content, base: '/intranet/okr/' });
    assertBuilt(build);
  });

  it('prefixes every internal link and asset with the base path', () => {
    for (const file of listFiles(build.dir).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      for (const link of [...hrefs(html), ...[...html.matchAll(/src="([^"]*)"/g)].map((m) => m[1]!)]) {
        if (link.startsWith('/')) expect(link.startsWith('/intranet/okr/'), `${file}: ${link}`).toBe(true);
      }
    }
    expect(page(build, 'objectives/sales-q4-shorter-cycle')).toContain(
      '<a href="/intranet/okr/objectives/sales-q4-enterprise-pipeline/">the pipeline</a>',
    );
  });
});

describe('a build of content with errors', () => {
  it('fails with file:line diagnostics and writes nothing', async () => {
    const out = join(process.cwd(), 'test/.tmp/sites/broken-content');
    const result = await runBuild({ content: 'test/fixtures/link-broken/content', out });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/test\/fixtures\/link-broken\/content\/\S+\.md:\d+:\d+ error link\/broken/);
    expect(existsSync(out)).toBe(false);
  });
});
