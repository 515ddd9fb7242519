import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { atomFeed, atomId, feedLength, type AtomFeed } from '../../src/render/exports/atom.ts';
import { checkInEntries, decisionEntries, teamDecisions, teamKeyResults } from '../../src/render/exports/feeds.ts';
import { graphExport } from '../../src/render/exports/graph-export.ts';
import { siteData } from '../../src/render/data.ts';
import { keyResultStatus } from '../../src/model/status.ts';
import { graphExportJsonSchema, graphExportSchema } from '../../src/schemas/graph-export.ts';
import { root } from '../support/content-fixtures.ts';

const sample = () => siteData({ contentDir: resolve(root, 'content'), today: '2026-11-24' }).graph;
const company = () => siteData({ contentDir: resolve(root, 'test/build/fixtures/company'), today: '2026-11-02' }).graph;
const link = (path: string) => `https://okr.example.com/${path}`;
const atomSchema = readFileSync(join(root, 'test/support/atom/atom.rng'), 'utf8');

/**
 * Validates Atom documents with libxml2's RELAX NG validator (one run for all of them) and the
 * rules RELAX NG cannot say.
 */
async function atomProblems(...documents: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: documents.map((contents, i) => ({ fileName: `feed-${i}.xml`, contents })),
    schema: [{ fileName: 'atom.rng', contents: atomSchema }],
    extension: 'relaxng',
  });
  const problems = result.errors.map((e) => e.rawMessage);
  for (const xml of documents) {
    // 4.1.2: an entry without content has an alternate link; 4.1.1: ids are unique.
    for (const entry of xml.split('<entry>').slice(1))
      if (!/<link rel="alternate"/.test(entry)) problems.push('entry without an alternate link');
    const ids = [...xml.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]);
    if (new Set(ids).size !== ids.length) problems.push('duplicate atom:id');
  }
  return problems;
}

const feed = (entries: AtomFeed['entries']): AtomFeed => ({
  key: 'feed/test',
  title: 'Test',
  link: link(''),
  self: link('feeds/test.xml'),
  author: 'Kestrel Logistics',
  fallbackUpdated: '2026-11-24',
  entries,
});

describe('Atom feeds', () => {
  it('the site and team feeds of the sample validate as Atom', async () => {
    const graph = sample();
    const feeds = [
      feed(decisionEntries(graph, graph.decisions, link)),
      feed(checkInEntries(graph, graph.keyResults, link)),
      ...graph.teams.flatMap((team) => [
        feed(checkInEntries(graph, teamKeyResults(graph, team), link)),
        feed(decisionEntries(graph, teamDecisions(graph, team), link)),
      ]),
    ];
    expect(feeds[1]!.entries.length).toBeGreaterThan(100);
    expect(await atomProblems(...feeds.map(atomFeed))).toEqual([]);
  });

  it('the validator rejects what Atom forbids (the check above can fail)', async () => {
    const good = atomFeed(feed([{ key: 'a', title: 'A', updated: '2026-11-01', link: link('a') }]));
    expect(await atomProblems(good)).toEqual([]);
    expect(await atomProblems(good.replace('<updated>2026-11-01T00:00:00Z</updated>\n    <link', '<link'))).not.toEqual(
      [],
    );
    expect(await atomProblems(good.replace('2026-11-01T00:00:00Z', '1 November 2026'))).not.toEqual([]);
    expect(await atomProblems(good.replace(/<author>.*<\/author>/, ''))).not.toEqual([]);
  });

  it('escapes author text, keeps ids stable, newest first and at most the feed length', async () => {
    const hostile = '<script>alert(1)</script> & "quotes" \u0001\u0007';
    const entries = Array.from({ length: feedLength + 10 }, (_, i) => ({
      key: `e${i}`,
      title: `${hostile} ${i}`,
      updated: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      link: link(`x?a=1&b=${i}`),
      summary: hostile,
    }));
    const xml = atomFeed(feed(entries));
    expect(await atomProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    expect(xml.match(/<entry>/g)).toHaveLength(feedLength);
    expect([...xml.matchAll(/<updated>([^<]*)<\/updated>/g)].slice(1, 3).map((m) => m[1])).toEqual([
      '2026-10-28T00:00:00Z',
      '2026-10-28T00:00:00Z',
    ]);
    expect(atomId('decision/x')).toBe(atomId('decision/x'));
    expect(atomId('decision/x')).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('a check-in entry says the value, the change since the one before, confidence and note', () => {
    const graph = sample();
    const entries = checkInEntries(graph, graph.keyResults, link);
    const withChange = entries.find((e) => e.title.includes('(was '));
    expect(withChange).toBeDefined();
    expect(withChange!.link).toMatch(/^https:\/\/okr\.example\.com\/objectives\/[\w-]+\/#kr-[\w-]+$/);
  });

  it('formats only the newest check-ins a feed keeps, and the feed is the same', () => {
    const graph = sample();
    const all = checkInEntries(graph, graph.keyResults, link);
    const latest = checkInEntries(graph, graph.keyResults, link, feedLength);
    expect(all.length).toBeGreaterThan(feedLength);
    expect(latest).toHaveLength(feedLength);
    expect(atomFeed(feed(latest))).toBe(atomFeed(feed(all)));
    for (const team of graph.teams) {
      const keyResults = teamKeyResults(graph, team);
      expect(atomFeed(feed(checkInEntries(graph, keyResults, link, feedLength)))).toBe(
        atomFeed(feed(checkInEntries(graph, keyResults, link))),
      );
    }
  });
});

describe('the graph export', () => {
  it('validates against its published JSON Schema and its zod schema', () => {
    const data = JSON.parse(JSON.stringify(graphExport(sample(), link, link('data/graph.schema.json')))) as unknown;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(graphExportJsonSchema());
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(() => graphExportSchema.parse(data)).not.toThrow();
  });

  it('the schema rejects what is not an export (the check above can fail)', () => {
    const data = JSON.parse(JSON.stringify(graphExport(sample(), link, ''))) as { objectives: { progress: unknown }[] };
    data.objectives[0]!.progress = 1.5;
    expect(new Ajv2020({ strict: false }).compile(graphExportJsonSchema())(data)).toBe(false);
  });

  it('holds every published objective with computed progress, and nothing of a draft', () => {
    const graph = company();
    const data = graphExport(graph, link, '');
    expect(data.objectives.map((o) => o.id)).toEqual(graph.objectives.map((o) => o.id).sort());
    expect(data.objectives.every((o) => o.keyResults.every((kr) => kr.url.includes('#kr-')))).toBe(true);
    expect(JSON.stringify(data)).not.toContain('CANARY');
  });

  it("keeps the key results an initiative moves, written as the objective's own ids", () => {
    const graph = sample();
    const data = graphExport(graph, link, '');
    const moves = data.objectives.flatMap((o) =>
      (o.data.initiatives ?? []).flatMap((initiative) => initiative.keyResults ?? []),
    );
    expect(moves.length).toBeGreaterThan(5);
    expect(moves).not.toContain('not-published');
  });

  it("gives each key result the site's pace: state, progress expected and the day compared", () => {
    const graph = sample();
    const keyResults = graphExport(graph, link, '').objectives.flatMap((o) => o.keyResults);
    const states = new Set(keyResults.map((kr) => kr.pace.state));
    expect(states).toContain('behind');
    expect(states).toContain('not-applicable');
    const behind = keyResults.find((kr) => kr.pace.state === 'behind')!;
    const pace = keyResultStatus(
      graph,
      graph.keyResults.find((kr) => kr.ref === behind.ref)!,
    ).pace!;
    expect(behind.pace).toEqual({ state: 'behind', expected: expect.closeTo(pace.expected, 4), asOf: pace.asOf });
    expect(behind.pace.asOf <= graph.today).toBe(true);
  });
});
