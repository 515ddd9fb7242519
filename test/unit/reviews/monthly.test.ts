import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../../src/model/cycles.ts';
import { cycleMonths } from '../../../src/model/reviews/calendar.ts';
import { monthlyReview } from '../../../src/model/reviews/monthly.ts';
import { cycleTrends } from '../../../src/model/reviews/trend.ts';
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
      - { date: 2026-11-16, value: 200, confidence: low }
`,
  ),
};

describe('the monthly review', () => {
  const graph = companyWith('monthly', files);
  const [october, november] = cycleMonths(q4, graph.today);

  it('samples each theme at the end of every week and month so far', () => {
    const { days, themes } = cycleTrends(graph, q4);
    expect(days).toContain('2026-10-31');
    expect(days.at(-1)).toBe('2026-11-24');
    expect(themes.map((t) => t.theme?.ref)).toEqual(['2026-Q4/enterprise-trust']);
    // The theme holds the company objective's key results and those of the objectives under it, at any level.
    expect(themes[0]!.objectives.map((o) => o.objective.id)).toEqual(
      expect.arrayContaining(['marketing-q4-leads', 'sales-q4-enterprise-pipeline']),
    );
  });

  it('says how far each theme and objective moved since the end of last month', () => {
    const review = monthlyReview(graph, q4, november!);
    expect(review.asOf).toBe('2026-11-24');
    const leads = review.themes[0]!.objectives.find((o) => o.objective.id === 'marketing-q4-leads')!;
    expect(leads.before).toMatchObject({ date: '2026-10-31', progress: 0.25, confidence: 1 });
    expect(leads.now).toMatchObject({ date: '2026-11-24', progress: 0.5, confidence: 0 });
    expect(review.themes[0]!.points.at(-1)?.date).toBe('2026-11-24');
  });

  it('has nothing before the first month, and stops the trend at the month end', () => {
    const review = monthlyReview(graph, q4, october!);
    expect(review.themes[0]!.before).toBeUndefined();
    expect(review.themes[0]!.points.every((p) => p.date <= '2026-10-31')).toBe(true);
  });
});
