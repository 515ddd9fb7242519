import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteData } from '../../src/render/data.ts';
import { parseBody } from '../../src/model/body-tree.ts';
import { plainText as plainTextOf } from '../../src/render/plain-text.ts';
import { archiveCutoff } from '../../src/render/search-archive.ts';
import { searchIndexes, searchRecords } from '../../src/render/search-records.ts';
import { searchFilters } from '../../src/render/search-filters.ts';
import { capitalised } from '../../src/model/kinds/index.ts';
import { statusText } from '../../src/model/status.ts';
import { decisionStatuses } from '../../src/schemas/decision.ts';

const plainText = (body: string, options: { mdx?: boolean } = {}) => plainTextOf(parseBody(body, options).root);

describe('plain text of a body, for the search index', () => {
  it('keeps the words of links, emphasis, lists and tables, and drops their markup and targets', () => {
    const text = plainText(
      '# Why\n\nSee **the [brief](id:2026-Q4)** and _fleet_data_ in `code`.\n\n- one\n- [x] two\n\n| a | b |\n| --- | --- |\n| c | d |\n\n[ref]: https://example.com\n',
    );
    expect(text).toBe('Why\nSee the brief and fleet_data in code.\none\ntwo\na b\nc d');
  });

  it('drops HTML tags but not their text, and leaves Mermaid sources out while keeping other code', () => {
    expect(plainText('<details><summary>Risk</summary>Late <img src=x onerror=alert(1)>delivery</details>')).toBe(
      'Risk Late delivery',
    );
    expect(plainText('```mermaid\nflowchart LR\n  A --> B\n```\n\n```sh\nnpm run check\n```')).toBe('npm run check');
  });

  it('drops imports, exports and expressions of MDX, and only of MDX', () => {
    expect(
      plainText("import Chart from './chart.tsx';\nexport const n = 3;\n\nWe hold {n} reviews.", { mdx: true }),
    ).toBe('We hold reviews.');
    expect(plainText('Sets {braces} in prose.')).toBe('Sets {braces} in prose.');
  });
});

describe('search records', () => {
  const published = publishedGraph('test/build/fixtures/company', '2026-11-24');
  const records = searchRecords(published);
  const byUrl = new Map(records.map((record) => [record.url, record]));

  it('has one record per published document, at its page, and none for drafts or restricted documents', () => {
    expect(records.length).toBe(published.documents.length);
    expect(byUrl.has('/objectives/sales-q4-secret-plan/')).toBe(false);
    expect(byUrl.has('/decisions/2026-11-restricted/')).toBe(false);
    expect(JSON.stringify(records)).not.toMatch(/SITE-CANARY/);
  });

  it('indexes what the document says, with names instead of ids, and the filters the search page offers', () => {
    const objective = byUrl.get('/objectives/sales-q4-shorter-cycle/')!;
    expect(objective.meta).toEqual({
      title: 'Close enterprise deals faster',
      kind: 'objective',
      cycle: '2026-Q4',
      team: 'Sales',
      owner: 'Jon Park',
      status: expect.any(String),
      progress: expect.stringMatching(/^\d+ %$/),
    });
    expect(objective.content).toContain('Cut the sales cycle from 120 to 80 days');
    expect(objective.content).toContain('Closing faster frees capacity for the pipeline.');
    expect(objective.content).not.toContain('id:');
    expect(objective.filters).toEqual({
      kind: ['objective'],
      cycle: ['2026-Q4'],
      team: ['Sales'],
      status: [objective.meta.status],
      owner: ['Jon Park'],
    });
  });

  it("gives statuses as words, an objective's and a decision's in filters of their own", () => {
    const statuses = new Set(records.flatMap((record) => record.filters.status ?? []));
    const decisions = records.filter((record) => record.meta.kind === 'decision');
    expect(statuses.size).toBeGreaterThan(0);
    const words = Object.values(statusText).map((text) => text.word);
    for (const status of statuses) expect(words).toContain(status);
    expect(decisions.length).toBeGreaterThan(0);
    for (const decision of decisions) {
      expect(decision.filters.status).toBeUndefined();
      expect(decisionStatuses.map(capitalised)).toContain(decision.filters.decision?.[0]);
      expect(decision.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('leaves out what other documents say: an objective is not found by the titles of those aligned to it', () => {
    const parent = byUrl.get('/objectives/company-q4-grow-arr/')!;
    expect(parent.content).not.toContain('Close enterprise deals faster');
  });

  it('gives the search page its filters in order, with the values the records hold', () => {
    const groups = searchFilters(published);
    expect(groups.map((group) => group.label)).toEqual([
      'Kind',
      'Objective status',
      'Decision status',
      'Cycle',
      'Team',
      'Owner',
    ]);
    const kinds = groups.find((group) => group.key === 'kind')!.values;
    expect(kinds[0]).toEqual({ value: 'objective', label: 'Objective', archiveOnly: false });
    const owners = groups.find((group) => group.key === 'owner')!.values.map((value) => value.value);
    expect(owners).toContain('Jon Park');
    expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('the search archive', () => {
  const kindsOf = (records: { meta: { kind: string } }[]) =>
    [...new Set(records.map((record) => record.meta.kind))].sort();

  it('is empty while every cycle ended less than a year ago', () => {
    const graph = publishedGraph('content', '2026-11-24');
    const { recent, archive } = searchIndexes(graph);
    expect(archive).toEqual([]);
    expect(recent).toEqual(searchRecords(graph));
  });

  it('takes objectives and briefs of cycles that ended before the cutoff, and nothing else', () => {
    // A year later, with the current cycle moved on to 2027-Q4, 2026-Q3 (ended 2026-09-30) is
    // archived and 2026-Q4 (ended 2026-12-31) is not.
    const graph = { ...publishedGraph('content', '2027-11-24'), currentCycle: '2027-Q4' };
    expect(archiveCutoff(graph)).toBe('2026-11-24');
    const { recent, archive } = searchIndexes(graph);
    expect(recent.length + archive.length).toBe(searchRecords(graph).length);
    expect(kindsOf(archive)).toEqual(['brief', 'objective']);
    expect(new Set(archive.map((record) => record.filters.cycle?.[0]))).toEqual(new Set(['2026-Q3']));
    expect(recent.some((record) => record.filters.cycle?.[0] === '2026-Q3')).toBe(false);
    expect(
      recent
        .filter((record) => record.meta.kind === 'objective')
        .every((record) => record.filters.cycle?.[0] === '2026-Q4'),
    ).toBe(true);
    expect(kindsOf(recent)).toEqual(['brief', 'decision', 'objective', 'person', 'priority', 'team']);
  });

  it('keeps the current cycle and its year when the current cycle ended long before the build', () => {
    // The sample's current cycle is 2026-Q4; built in mid-2028, recentness counts back from its end.
    const graph = publishedGraph('content', '2028-06-01');
    expect(graph.currentCycle).toBe('2026-Q4');
    expect(archiveCutoff(graph)).toBe('2025-12-31');
    expect(searchIndexes(graph).archive).toEqual([]);
    const monthly = { ...graph, config: { ...graph.config, search: { recentMonths: 1 } } };
    expect(archiveCutoff(monthly)).toBe('2026-11-30');
    const { recent, archive } = searchIndexes(monthly);
    expect(new Set(archive.map((record) => record.filters.cycle?.[0]))).toEqual(new Set(['2026-Q3']));
    expect(recent.some((record) => record.filters.cycle?.[0] === '2026-Q4')).toBe(true);
  });

  it('counts the months back from today, keeping the day or the last day of a shorter month', () => {
    const cutoff = (today: string, recentMonths: number) => {
      const graph = publishedGraph('content', '2026-11-24');
      return archiveCutoff({ ...graph, today, config: { ...graph.config, search: { recentMonths } } });
    };
    expect(cutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(cutoff('2024-03-31', 1)).toBe('2024-02-29');
    expect(cutoff('2026-01-15', 1)).toBe('2025-12-15');
    expect(cutoff('2026-11-24', 12)).toBe('2025-11-24');
    expect(cutoff('2026-11-24', 30)).toBe('2024-05-24');
  });
});

/** The published graph of a content folder on a given day, as the site builds it. */
function publishedGraph(contentDir: string, today: string) {
  return siteData({ contentDir: resolve(contentDir), today }).graph;
}
