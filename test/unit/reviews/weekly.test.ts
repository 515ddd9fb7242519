import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../../src/model/cycles.ts';
import { cycleWeeks } from '../../../src/model/reviews/calendar.ts';
import { weeklyReview } from '../../../src/model/reviews/weekly.ts';
import { companyWith, objective } from './company.ts';

const q4 = parseCycle('2026-Q4', 1)!;

const files = {
  'okrs/2026-Q4/marketing/leads.md': objective(
    'marketing-q4-leads',
    'marketing',
    '2026-Q4',
    `alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: leads
    title: Grow qualified leads from 100 to 300 a month
    baseline: 100
    target: 300
    checkIns:
      - { date: 2026-10-20, value: 150, confidence: high }
      - { date: 2026-11-16, value: 160, confidence: medium, note: Two events moved to January. }
      - { date: 2026-11-20, value: 170 }
`,
  ),
  'okrs/2026-Q4/sales/deals.md': objective(
    'sales-q4-deals',
    'sales',
    '2026-Q4',
    `alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - { id: deals, title: 'Close 20 deals a month, up from 12', baseline: 12, target: 20, checkIns: [{ date: 2026-11-20, value: 17 }] }
dependsOn:
  - { ref: marketing-q4-leads/leads, why: Deals come from the leads. }
`,
  ),
  'decisions/2026-11-events.md':
    '---\nid: 2026-11-events\ntitle: Move the two autumn events to January\ndate: 2026-11-10\nstatus: proposed\ndeciders: [maria-okafor]\n---\n',
};

describe('the weekly review', () => {
  const graph = companyWith('weekly', files);
  const weeks = cycleWeeks(q4, graph.today);
  const week = (n: number) => weeklyReview(graph, q4, weeks[n - 1]!);

  it('lists the check-ins of the week with the change since the one before', () => {
    const review = week(7); // 2026-11-12 to 2026-11-18
    expect(review.moved.map((m) => [m.keyResult.ref, m.checkIn.date, m.delta, m.checkIn.note])).toEqual([
      ['marketing-q4-leads/leads', '2026-11-16', 10, 'Two events moved to January.'],
    ]);
    expect(week(8).moved.map((m) => [m.keyResult.ref, m.delta])).toEqual([
      ['marketing-q4-leads/leads', 10],
      ['sales-q4-deals/deals', undefined],
    ]);
  });

  it('puts at risk what lost confidence or fell behind pace, judged at the end of the week', () => {
    const leads = week(8).atRisk.find((r) => r.keyResult.ref === 'marketing-q4-leads/leads')!;
    expect(leads.confidenceFell).toEqual({ from: 'high', to: 'medium' });
    expect(leads.behind?.state).toBe('behind');
    // Three weeks earlier the same key result was ahead of its pace and confident.
    expect(week(4).atRisk.map((r) => r.keyResult.ref)).not.toContain('marketing-q4-leads/leads');
  });

  it('lists key results with no check-in for two weeks', () => {
    const quiet = week(8).quiet.map((q) => [q.keyResult.ref, q.last]);
    expect(quiet).toContainEqual(['sales-q4-enterprise-pipeline/qualified-pipeline', '2026-10-30']);
    expect(quiet.map(([ref]) => ref)).not.toContain('marketing-q4-leads/leads');
  });

  it('lists dependencies whose provider is at risk, and decisions waiting', () => {
    expect(week(8).blocked.map((b) => [b.link.objective.id, b.link.ref])).toEqual([
      ['sales-q4-deals', 'marketing-q4-leads/leads'],
    ]);
    expect(week(8).waiting.map((w) => [w.decision.id, w.days])).toEqual([['2026-11-events', 14]]);
    expect(week(5).waiting).toEqual([]);
  });

  it('judges the running week on today, not its last day', () => {
    expect(week(8).asOf).toBe('2026-11-24');
    expect(week(7).asOf).toBe('2026-11-18');
  });
});
