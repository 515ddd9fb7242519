import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import { cycleMap, objectiveMap, teamMap, type NodeHref, type StrategyMap } from '../../src/model/maps/index.ts';
import { refOf, type Objective, type Team } from '../../src/model/types.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const objective = (fields: string) => `---\n${fields.trim()}\n---\n`;
const keyResult = (id: string, title: string) => `  - { id: ${id}, title: ${title}, baseline: 0, target: 10 }`;

/**
 * The valid base with two company objectives of two key results each, and two sales objectives:
 * one aligned to both key results of one company objective, one to a key result of each.
 */
const { result } = checkFiles('map-alignments', {
  'okrs/2026-Q4/company/grow-arr.md': objective(`
id: company-q4-grow-arr
title: Grow recurring revenue with larger fleets
cycle: 2026-Q4
team: company
owner: maria-okafor
alignsTo: [2026-Q4/enterprise-trust]
keyResults:
${keyResult('net-new-arr', 'Grow net-new ARR from 2 to 3 million euros')}
${keyResult('new-logos', 'Win ten new fleet customers')}
`),
  'okrs/2026-Q4/company/retain.md': objective(`
id: company-q4-retain
title: Keep the fleets we have
cycle: 2026-Q4
team: company
owner: maria-okafor
alignsTo: [2026-Q4/enterprise-trust]
keyResults:
${keyResult('renewals', 'Renew ten fleet contracts')}
${keyResult('expansions', 'Expand ten fleet contracts')}
`),
  'okrs/2026-Q4/sales/two-key-results.md': objective(`
id: sales-q4-two-key-results
title: Sell larger fleet deals
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr, company-q4-grow-arr/new-logos]
keyResults:
${keyResult('deals', 'Close ten fleet deals')}
`),
  'okrs/2026-Q4/sales/two-parents.md': objective(`
id: sales-q4-two-parents
title: Run quarterly fleet reviews
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr, company-q4-retain/renewals]
keyResults:
${keyResult('reviews', 'Hold ten fleet reviews')}
`),
});
const graph = result.graph as Graph;
const href: NodeHref = (node) => (node.kind === 'person' ? undefined : `/site/${node.kind}/${refOf(node)}/`);

/** The alignment lines of a map, as `parent > child` by reference. */
function alignmentLines(map: StrategyMap): string[] {
  const refs = new Map(map.nodes.map((node) => [node.id, node.ref]));
  return map.edges
    .filter((edge) => edge.kind === 'aligns')
    .map((edge) => `${refs.get(edge.from)} > ${refs.get(edge.to)}`)
    .sort();
}
const node = (id: string) => graph.nodes.get(id) as Objective;

describe('a map draws every alignment whose both ends it shows', () => {
  it('has a content folder without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("on an objective's map: a child aligned to two of its key results hangs under both", () => {
    const lines = alignmentLines(objectiveMap(graph, node('company-q4-grow-arr'), { href }));
    expect(lines).toContain('company-q4-grow-arr/net-new-arr > sales-q4-two-key-results');
    expect(lines).toContain('company-q4-grow-arr/new-logos > sales-q4-two-key-results');
    expect(lines).toContain('company-q4-grow-arr/net-new-arr > sales-q4-two-parents');
  });

  it("on an objective's map: an objective aligned to key results of two parents shows both", () => {
    const lines = alignmentLines(objectiveMap(graph, node('sales-q4-two-parents'), { href }));
    expect(lines).toContain('company-q4-grow-arr/net-new-arr > sales-q4-two-parents');
    expect(lines).toContain('company-q4-retain/renewals > sales-q4-two-parents');
  });

  it('on the cycle map, with and without the key-result level', () => {
    expect(alignmentLines(cycleMap(graph, '2026-Q4', { href, keyResults: true }))).toEqual(
      expect.arrayContaining([
        'company-q4-grow-arr/net-new-arr > sales-q4-two-key-results',
        'company-q4-grow-arr/new-logos > sales-q4-two-key-results',
        'company-q4-grow-arr/net-new-arr > sales-q4-two-parents',
        'company-q4-retain/renewals > sales-q4-two-parents',
      ]),
    );
    expect(alignmentLines(cycleMap(graph, '2026-Q4', { href, keyResults: false }))).toEqual(
      expect.arrayContaining([
        'company-q4-grow-arr > sales-q4-two-key-results',
        'company-q4-grow-arr > sales-q4-two-parents',
        'company-q4-retain > sales-q4-two-parents',
      ]),
    );
  });

  it("on the parent team's map: a child aligned to two of the team's objectives hangs under both", () => {
    const lines = alignmentLines(teamMap(graph, graph.teamById.get('company') as Team, '2026-Q4', { href }));
    expect(lines).toContain('company-q4-grow-arr > sales-q4-two-key-results');
    expect(lines).toContain('company-q4-grow-arr > sales-q4-two-parents');
    expect(lines).toContain('company-q4-retain > sales-q4-two-parents');
  });

  it("on the child team's map: every key result its objectives align to", () => {
    const lines = alignmentLines(teamMap(graph, graph.teamById.get('sales') as Team, '2026-Q4', { href }));
    expect(lines).toEqual(
      expect.arrayContaining([
        'company-q4-grow-arr/net-new-arr > sales-q4-two-key-results',
        'company-q4-grow-arr/new-logos > sales-q4-two-key-results',
        'company-q4-grow-arr/net-new-arr > sales-q4-two-parents',
        'company-q4-retain/renewals > sales-q4-two-parents',
      ]),
    );
  });
});
