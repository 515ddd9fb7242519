import { describe, expect, it } from 'vitest';
import { labelCycle } from '../../src/model/cycles.ts';
import { cycleMap, decisionMap, teamMap, toSvg } from '../../src/model/maps/index.ts';
import { refOf } from '../../src/model/types.ts';
import { searchRecords } from '../../src/render/search-records.ts';
import { nodeTitle } from '../../src/render/view/nodes.ts';
import { checkCase } from '../support/content-fixtures.ts';

/**
 * The fixture config-fiscal-year-end: a company whose fiscal year starts in February and is
 * named by the year it ends, writing its cycle as FY21-Q3, FY2021 Q3 and FY21-Q3/<theme>.
 */
describe('a company that names fiscal years by the year they end', () => {
  const { result } = checkCase('config-fiscal-year-end');
  const graph = result.graph!;
  const href = (node: Parameters<typeof refOf>[0]) => `/${refOf(node)}/`;

  it('reads every way of writing the cycle as one cycle, dated August to October 2020', () => {
    expect(result.diagnostics).toEqual([]);
    expect(graph.currentCycle).toBe('2021-Q3');
    expect([...graph.cycles.keys()]).toEqual(['2021-Q3']);
    expect(graph.cycles.get('2021-Q3')).toMatchObject({ start: '2020-08-01', end: '2020-10-31' });
    expect(graph.objectivesByCycle.get('2021-Q3')?.map((o) => o.id)).toEqual([
      'company-q3-grow-arr',
      'sales-q3-enterprise-pipeline',
    ]);
    expect(graph.briefs.map((b) => b.id)).toEqual(['2021-Q3']);
    expect(graph.aligned.get('2021-Q3/enterprise-trust')?.map((a) => a.child.id)).toEqual(['company-q3-grow-arr']);
    expect(graph.decisionsAffecting.get('2021-Q3/enterprise-trust')?.map((d) => d.id)).toEqual([
      '2020-08-focus-enterprise',
    ]);
  });

  it('shows the label FY21-Q3 in search filters, maps and titles', () => {
    expect(labelCycle(graph, '2021-Q3')).toBe('FY21-Q3');
    const records = searchRecords(graph);
    const cycles = new Set(records.flatMap((record) => record.filters.cycle ?? []));
    expect([...cycles]).toEqual(['FY21-Q3']);
    expect(nodeTitle(graph, graph.briefs[0]!)).toBe('FY21-Q3 brief');
    const maps = [
      cycleMap(graph, '2021-Q3', { href }),
      decisionMap(graph, '2021-Q3', { href }),
      teamMap(graph, graph.teamById.get('sales')!, '2021-Q3', { href }),
    ];
    expect(maps.map((map) => map.title)).toEqual([
      'Strategy map of FY21-Q3: Earn the right to grow',
      'Decisions that changed goals in FY21-Q3',
      'Sales: objectives of FY21-Q3',
    ]);
    // The drawing itself names no cycle; its ids keep the cycle's id, as URLs do.
    expect(toSvg(maps[0]!)).toContain('href="/2021-Q3/enterprise-trust/"');
  });
});

describe('a cycle the configuration cannot read', () => {
  it('is one error on the field, whose hint names the forms and the naming', () => {
    const { result } = checkCase('config-fiscal-year-unknown-cycle');
    expect(result.diagnostics.map((d) => [d.rule, d.message, d.hint])).toEqual([
      [
        'schema/invalid-value',
        'cycle must be a cycle such as 2026-Q4, FY26-Q4, 2026 or FY26, received "Q4 FY26"',
        'Write a quarter as 2026-Q4, FY26-Q4 or FY2026-Q4, a whole year as 2026, FY26 or FY2026; fiscal years are named by the calendar year they end in (fiscalYearNamedBy: end).',
      ],
    ]);
  });
});
