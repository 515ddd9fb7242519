import { describe, expect, it } from 'vitest';
import { quarterlyClose } from '../../../src/model/reviews/close.ts';
import { companyWith, objective } from './company.ts';

const q3 = (id: string, team: string, title: string, lines: string) =>
  objective(id, team, '2026-Q3', lines).replace(`title: ${id}`, `title: ${title}`);

const files = {
  'okrs/2026-Q3/sales/pipeline.md': q3(
    'sales-q3-pipeline',
    'sales',
    'Build a repeatable enterprise pipeline',
    'grade: 0.4\nretrospective: Half the partners signed.\n',
  ),
  'okrs/2026-Q3/sales/renewals.md': q3('sales-q3-renewals', 'sales', 'Renew every fleet', 'grade: 0.9\nstatus: done\n'),
  'okrs/2026-Q3/marketing/events.md': q3('marketing-q3-events', 'marketing', 'Run a roadshow', 'grade: 0.5\n'),
  'okrs/2026-Q3/marketing/austria.md': q3(
    'marketing-q3-austria',
    'marketing',
    'Launch in Austria',
    'status: cancelled\ngrade: 0.1\n',
  ),
  'okrs/2026-Q3/marketing/webinars.md': q3('marketing-q3-webinars', 'marketing', 'Teach fleets with webinars', ''),
  'decisions/2026-08-hold-austria.md':
    '---\nid: 2026-08-hold-austria\ntitle: Hold the Austrian launch\ndate: 2026-08-10\nstatus: accepted\ndeciders: [maria-okafor]\naffects: [marketing-q3-austria]\n---\n',
};

describe('the quarterly close', () => {
  const graph = companyWith('close', files);
  const close = quarterlyClose(graph, graph.cycles.get('2026-Q3')!);

  it('lists every objective team by team, in the order of the team list', () => {
    expect(close.closed).toBe(true);
    expect(close.teams.map((t) => [t.team, t.objectives.map((o) => o.id)])).toEqual([
      ['marketing', ['marketing-q3-austria', 'marketing-q3-events', 'marketing-q3-webinars']],
      ['sales', ['sales-q3-pipeline', 'sales-q3-renewals']],
    ]);
  });

  it('spreads the grades over five bins and lists the ungraded', () => {
    expect(close.distribution.map((bin) => bin.objectives.map((o) => o.id).sort())).toEqual([
      ['marketing-q3-austria'],
      [],
      ['marketing-q3-events', 'sales-q3-pipeline'],
      [],
      ['sales-q3-renewals'],
    ]);
    expect(close.ungraded.map((o) => o.id)).toEqual(['marketing-q3-webinars']);
  });

  it('gives the decisions behind what was cancelled', () => {
    expect(close.dropped.map((d) => [d.objective.id, d.decisions.map((x) => x.id)])).toEqual([
      ['marketing-q3-austria', ['2026-08-hold-austria']],
    ]);
  });

  it('carries on what the next cycle names by title in the same team; the rest unfinished is listed', () => {
    expect(close.next).toBe('2026-Q4');
    expect(close.carried.map((c) => [c.from.id, c.to.id, c.by])).toEqual([
      ['sales-q3-pipeline', 'sales-q4-enterprise-pipeline', 'title'],
    ]);
    expect(close.unfinished.map((o) => o.id)).toEqual(['marketing-q3-events', 'marketing-q3-webinars']);
  });
});
