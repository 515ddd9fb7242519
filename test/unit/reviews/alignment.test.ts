import { describe, expect, it } from 'vitest';
import { alignmentReport } from '../../../src/model/reviews/alignment.ts';
import { checkFiles } from '../../support/content-fixtures.ts';
import { publicWarnings } from '../../../src/render/health.ts';
import { companyWith, objective, today } from './company.ts';

const brief = `---
cycle: 2026-Q4
title: Earn the right to grow
owner: maria-okafor
themes:
  - id: enterprise-trust
    title: Be trusted by larger fleets
    priority: win-mid-market-fleets
    success: Security reviews stop blocking deals.
  - id: cheaper-routes
    title: Run cheaper routes
    priority: win-mid-market-fleets
    success: Cost per stop falls.
notNow:
  - id: self-serve-tier
    title: A self-serve pricing tier
    why: Sales capacity is the constraint, not sign-up friction.
    keywords: [self-serve, freemium]
---
`;

const files = {
  'briefs/2026-Q4.md': brief,
  'okrs/2026-Q3/sales/pricing.md': objective(
    'sales-q3-pricing',
    'sales',
    '2026-Q3',
    'status: done\ngrade: 0.8\nkeyResults:\n  - { id: price-book, title: Cut discount from 20 % to 12 %, baseline: 20, target: 12, direction: decrease }\n',
  ),
  'okrs/2026-Q4/marketing/pipeline.md': `---
id: marketing-q4-pipeline
title: Build a repeatable enterprise pipeline
cycle: 2026-Q4
team: marketing
owner: maria-okafor
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - { id: portal, title: Launch the partner portal, type: binary }
  - { id: trials, title: Grow self-serve trials from 10 to 40, baseline: 10, target: 40 }
dependsOn:
  - { ref: sales-q3-pricing/price-book, why: Campaigns quote last quarter's price book. }
---
`,
};

describe('the alignment report of a cycle', () => {
  const graph = companyWith('alignment', files);

  it('lists each theme with its objectives, and the gaps', () => {
    const report = alignmentReport(graph, '2026-Q4', []);
    expect(report.themes.map((t) => [t.theme.data.title, t.objectives.map((o) => o.id)])).toEqual([
      ['Be trusted by larger fleets', ['company-q4-grow-arr']],
      ['Run cheaper routes', []],
    ]);
  });

  it('finds overlaps, not-now work, activities and dependencies nobody plans for', () => {
    const report = alignmentReport(graph, '2026-Q4', []);
    expect(report.overlaps.map((o) => [o.first.id, o.second.id])).toEqual([
      ['marketing-q4-pipeline', 'sales-q4-enterprise-pipeline'],
    ]);
    expect(report.notNow.map((n) => [n.objective.id, n.hit])).toEqual([['marketing-q4-pipeline', 'self-serve']]);
    expect(report.activities.map((a) => a.keyResult.ref)).toEqual(['marketing-q4-pipeline/portal']);
    expect(report.unprovided.map((u) => [u.objective.id, u.ref, u.reason])).toEqual([
      ['marketing-q4-pipeline', 'sales-q3-pricing/price-book', 'other-cycle'],
    ]);
    expect(report.noLineOfSight).toEqual([]);
  });

  it('counts teams over their objective limit', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 6; i++)
      many[`okrs/2026-Q4/marketing/o${i}.md`] = objective(
        `marketing-q4-o${i}`,
        'marketing',
        '2026-Q4',
        'alignsTo: [company-q4-grow-arr]\n',
      );
    const report = alignmentReport(companyWith('limits', many), '2026-Q4', []);
    expect(report.teamsOverLimit.map((t) => [t.team, t.objectives.length, t.limit])).toEqual([['marketing', 6, 5]]);
  });

  it('groups the cycle warnings by team and by owner, leaving out other cycles', () => {
    const { result } = checkFiles(
      'reviews-alignment-warnings',
      {
        'teams/marketing.md': '---\nid: marketing\nname: Marketing\nparent: company\nlead: maria-okafor\n---\n',
        ...files,
      },
      { today },
    );
    const report = alignmentReport(result.graph!, '2026-Q4', publicWarnings(result.graph!, result.diagnostics));
    const rules = (list: typeof report.warnings.all = []) => list.map((w) => `${w.document.id}: ${w.warning.rule}`);
    expect(Object.fromEntries([...report.warnings.byTeam].map(([team, list]) => [team, rules(list)]))).toEqual({
      '': ['2026-Q4: theme/no-contributors'],
      company: ['company-q4-grow-arr: checkin/stale'],
      marketing: [
        'marketing-q4-pipeline: objective/not-now',
        'marketing-q4-pipeline: checkin/stale',
        'marketing-q4-pipeline: kr/activity',
        'marketing-q4-pipeline: checkin/stale',
      ],
      sales: ['sales-q4-enterprise-pipeline: checkin/stale'],
    });
    const byOwner = Object.fromEntries([...report.warnings.byOwner].map(([owner, list]) => [owner, list.length]));
    expect(byOwner).toEqual({ 'maria-okafor': 6, 'jon-park': 1 });
    // The 2026-Q3 objective's own warnings belong to the report of 2026-Q3.
    expect(report.warnings.all.some((w) => w.document.id === 'sales-q3-pricing')).toBe(false);
  });
});
