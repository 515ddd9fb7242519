import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/model/check.ts';
import { documentsOfKind, type Graph } from '../../src/model/graph.ts';
import { builtInKinds, defineKind } from '../../src/model/kinds/index.ts';
import { idSchema, personRefSchema, publicationFields, refSchema } from '../../src/schemas/common.ts';
import { jsonSchemas } from '../../src/model/kinds/json-schema.ts';
import { searchRecords } from '../../src/render/search-records.ts';
import { pathOf } from '../../src/render/urls.ts';
import { baseCase, fixturesDir, fixtureToday, workDir } from '../support/content-fixtures.ts';

/** A kind Throughline does not ship: one schema and one descriptor, nothing else. */
const risk = defineKind({
  kind: 'risk',
  folder: 'risks',
  schema: z.strictObject({
    id: idSchema,
    title: z.string().min(1),
    owner: personRefSchema,
    mitigates: z.array(refSchema).default([]),
    signals: z.array(z.strictObject({ id: idSchema, title: z.string().min(1) })).default([]),
    ...publicationFields,
  }),
  label: { singular: 'risk', plural: 'risks' },
  route: 'risks',
  items: [{ kind: 'signal', field: 'signals', anchor: 'signal-', label: { singular: 'signal', plural: 'signals' } }],
  references: [
    { path: 'owner', to: ['person'], noun: 'owner' },
    { path: 'mitigates[]', to: ['objective'], noun: 'mitigated objective' },
  ],
});
const kinds = [...builtInKinds, risk];

const files: Record<string, string> = {
  'risks/churn.md': `---
id: churn-risk
title: Large fleets churn after the pilot
owner: jon-park
mitigates: [sales-q4-enterprise-pipeline]
signals:
  - id: pilot-usage
    title: Pilot usage drops in week three
---
Pilots end without a champion.
`,
  'risks/broken-refs.md': `---
id: pricing-risk
title: A competitor undercuts our pricing
owner: nobody-here
mitigates: [sales-q4-enterprise-pipline, 2026-Q4/enterprise-trust]
signals:
  - id: lost-deals
    title: Deals lost on price
  - id: lost-deals
    title: Deals lost on price again
---
`,
  'risks/invalid.md': `---
id: half-written
owner: jon-park
---
`,
  'decisions/2026-11-pilot-review.md': `---
id: 2026-11-pilot-review
title: Review every pilot at week two
date: 2026-11-01
status: accepted
deciders: [jon-park]
affects: [churn-risk, half-written]
---
Catch falling usage early.
`,
};

/** The valid base plus a risks/ folder, checked with and without the extra kind. */
function check(withRisk: boolean): CheckResult {
  const dir = join(workDir, 'kinds');
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(fixturesDir, baseCase, 'content'), join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return checkContent({ contentDir: 'content', cwd: dir, today: fixtureToday, kinds: withRisk ? kinds : undefined });
}

const lines = (result: CheckResult) => result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);

describe('a kind registered beside the built-in ones', () => {
  let result: CheckResult;
  let graph: Graph;
  beforeAll(() => {
    result = check(true);
    graph = result.graph!;
  });

  it('is an unknown folder until it is registered', () => {
    const without = check(false).diagnostics.filter((d) => d.file.includes('risks/'));
    expect(without.map((d) => d.rule)).toEqual([
      'content/unknown-folder',
      'content/unknown-folder',
      'content/unknown-folder',
    ]);
    expect(without[0]!.hint).toBe('Move it under one of: strategy, teams, people, briefs, okrs, decisions.');
  });

  it('is loaded, validated and reference-checked from its descriptor alone', () => {
    expect(lines(result)).toEqual([
      'content/decisions/2026-11-pilot-review.md:7 ref/wrong-kind Affected item "churn-risk" is a risk, not an objective, key result, theme, priority or brief',
      'content/risks/broken-refs.md:4 ref/unknown Unknown owner "nobody-here"',
      'content/risks/broken-refs.md:5 ref/unknown Unknown mitigated objective "sales-q4-enterprise-pipline"; did you mean "sales-q4-enterprise-pipeline"?',
      'content/risks/broken-refs.md:5 ref/wrong-kind Mitigated objective "2026-Q4/enterprise-trust" is a theme, not an objective',
      'content/risks/broken-refs.md:9 id/duplicate Item id "lost-deals" is used twice in this document (first in signals)',
      'content/risks/invalid.md:2 schema/missing-field Missing required field "title"',
    ]);
  });

  it('is in the graph: its documents per kind, its items as nodes', () => {
    expect(documentsOfKind(graph, 'risk').map((d) => d.id)).toEqual(['pricing-risk', 'churn-risk']);
    expect(graph.documents.some((d) => d.id === 'churn-risk')).toBe(true);
    expect(graph.itemsByKind.get('signal')!.map((n) => 'ref' in n && n.ref)).toEqual([
      'pricing-risk/lost-deals',
      'pricing-risk/lost-deals',
      'churn-risk/pilot-usage',
    ]);
    expect(graph.byPerson.get('jon-park')?.some((node) => node.kind === ('risk' as string))).toBe(true);
  });

  it('has pages and search records by its route', () => {
    const churn = graph.nodes.get('churn-risk')!;
    expect(pathOf(churn, kinds)).toBe('risks/churn-risk/');
    expect(pathOf(graph.nodes.get('churn-risk/pilot-usage')!, kinds)).toBe('risks/churn-risk/#signal-pilot-usage');
    const record = searchRecords(graph).find((r) => r.url === '/risks/churn-risk/');
    expect(record).toEqual({
      url: '/risks/churn-risk/',
      content: 'Large fleets churn after the pilot\nPilots end without a champion.',
      language: 'en',
      meta: { title: 'Large fleets churn after the pilot', kind: 'risk' },
      filters: { kind: ['risk'] },
    });
  });

  it('has a JSON Schema', () => {
    const schemas = jsonSchemas(kinds);
    expect(Object.keys(schemas)).toEqual([...builtInKinds.map((k) => k.kind), 'risk', 'config']);
    expect((schemas.risk as { required: string[] }).required).toEqual(['id', 'title', 'owner']);
  });
});
