import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import { lineOfSight } from '../../src/model/line-of-sight.ts';
import { refOf } from '../../src/model/types.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const objective = (id: string, team: string, alignsTo: string[], extra = '') =>
  `---\nid: ${id}\ntitle: ${id}\ncycle: 2026-Q4\nteam: ${team}\nowner: jon-park\nalignsTo: [${alignsTo.join(', ')}]\n${extra}---\n`;
const krs = (...ids: string[]) =>
  `keyResults:\n${ids.map((id) => `  - { id: ${id}, title: Grow ${id} from 1 to 2, baseline: 1, target: 2 }\n`).join('')}`;

/** The valid base (theme → company objective → its KR → sales objective), a field team under sales, and objectives built for each path. */
function graphWith(name: string, files: Record<string, string>): Graph {
  const field = '---\nid: field\nname: Field sales\nparent: sales\nlead: jon-park\n---\n';
  return checkFiles(`line-of-sight-${name}`, { 'teams/field.md': field, ...files }).result.graph!;
}
const sight = (graph: Graph, id: string) => {
  const result = lineOfSight(
    graph,
    graph.objectives.find((o) => o.id === id)!,
  );
  return { traced: result.traced, chain: result.chain.map(refOf) };
};

describe('lineOfSight', () => {
  it('traces through a key result: priority, theme, objective, key result, objective', () => {
    const graph = graphWith('kr', {});
    expect(sight(graph, 'sales-q4-enterprise-pipeline')).toEqual({
      traced: true,
      chain: [
        'win-mid-market-fleets',
        '2026-Q4/enterprise-trust',
        'company-q4-grow-arr',
        'company-q4-grow-arr/net-new-arr',
        'sales-q4-enterprise-pipeline',
      ],
    });
    expect(sight(graph, 'company-q4-grow-arr')).toEqual({
      traced: true,
      chain: ['win-mid-market-fleets', '2026-Q4/enterprise-trust', 'company-q4-grow-arr'],
    });
  });

  it('follows several levels of teams', () => {
    const graph = graphWith('levels', {
      'okrs/2026-Q4/field/deep.md': objective('field-q4-deep', 'field', ['sales-q4-enterprise-pipeline']),
    });
    expect(sight(graph, 'field-q4-deep').chain.slice(-2)).toEqual(['sales-q4-enterprise-pipeline', 'field-q4-deep']);
    expect(sight(graph, 'field-q4-deep')).toMatchObject({
      traced: true,
      chain: expect.arrayContaining(['win-mid-market-fleets']),
    });
  });

  it('with several parents, takes the first that reaches a priority, past broken and untraced ones', () => {
    const graph = graphWith('multi', {
      'okrs/2026-Q4/company/themeless.md': objective('company-q4-themeless', 'company', [], krs('nps')),
      'okrs/2026-Q4/sales/multi.md': objective('sales-q4-multi', 'sales', [
        'no-such-objective',
        'company-q4-themeless/nps',
        'company-q4-grow-arr',
        'company-q4-grow-arr/net-new-arr',
      ]),
    });
    expect(sight(graph, 'sales-q4-multi')).toEqual({
      traced: true,
      chain: ['win-mid-market-fleets', '2026-Q4/enterprise-trust', 'company-q4-grow-arr', 'sales-q4-multi'],
    });
  });

  it('when nothing reaches a priority, returns the longest chain found', () => {
    const graph = graphWith('broken', {
      'okrs/2026-Q4/company/themeless.md': objective('company-q4-themeless', 'company', [], krs('nps')),
      'okrs/2026-Q4/sales/stops.md': objective('sales-q4-stops', 'sales', [
        'no-such-objective',
        'company-q4-themeless/nps',
      ]),
      'okrs/2026-Q4/sales/orphan.md': objective('sales-q4-orphan', 'sales', []),
      'okrs/2026-Q4/sales/unknown.md': objective('sales-q4-unknown', 'sales', ['no-such-objective']),
    });
    expect(sight(graph, 'sales-q4-stops')).toEqual({
      traced: false,
      chain: ['company-q4-themeless', 'company-q4-themeless/nps', 'sales-q4-stops'],
    });
    expect(sight(graph, 'sales-q4-orphan')).toEqual({ traced: false, chain: ['sales-q4-orphan'] });
    expect(sight(graph, 'sales-q4-unknown')).toEqual({ traced: false, chain: ['sales-q4-unknown'] });
  });

  it('stops at a theme whose priority does not exist', () => {
    const graph = graphWith('theme', {
      'briefs/2026-Q4.md':
        '---\ncycle: 2026-Q4\ntitle: T\nthemes:\n  - { id: enterprise-trust, title: T, priority: retired-priority, success: S }\n---\n',
    });
    expect(sight(graph, 'company-q4-grow-arr')).toEqual({
      traced: false,
      chain: ['2026-Q4/enterprise-trust', 'company-q4-grow-arr'],
    });
  });

  it('terminates on loops, whichever objective is asked first', () => {
    const files = {
      'okrs/2026-Q4/sales/a.md': objective('sales-q4-a', 'sales', ['sales-q4-b/kb'], krs('ka')),
      'okrs/2026-Q4/sales/b.md': objective('sales-q4-b', 'sales', ['sales-q4-a/ka'], krs('kb')),
      'okrs/2026-Q4/field/c.md': objective('field-q4-c', 'field', ['sales-q4-a']),
      'okrs/2026-Q4/sales/self.md': objective('sales-q4-self', 'sales', ['sales-q4-self/own'], krs('own')),
    };
    const aFirst = graphWith('loop', files);
    expect(sight(aFirst, 'sales-q4-a')).toEqual({
      traced: false,
      chain: ['sales-q4-a', 'sales-q4-a/ka', 'sales-q4-b', 'sales-q4-b/kb', 'sales-q4-a'],
    });
    expect(sight(aFirst, 'sales-q4-b').traced).toBe(false);
    expect(sight(aFirst, 'field-q4-c').traced).toBe(false);
    expect(sight(aFirst, 'sales-q4-self')).toEqual({
      traced: false,
      chain: ['sales-q4-self', 'sales-q4-self/own', 'sales-q4-self'],
    });
    const cFirst = graphWith('loop', files);
    const fromC = sight(cFirst, 'field-q4-c');
    expect(fromC.traced).toBe(false);
    expect(fromC.chain.at(-1)).toBe('field-q4-c');
    expect(sight(cFirst, 'sales-q4-b')).toEqual(sight(aFirst, 'sales-q4-b'));
  });

  it('still traces a loop member that also has a way up', () => {
    const files = {
      'okrs/2026-Q4/sales/a.md': objective('sales-q4-a', 'sales', ['sales-q4-b', 'company-q4-grow-arr']),
      'okrs/2026-Q4/sales/b.md': objective('sales-q4-b', 'sales', ['sales-q4-a']),
    };
    const bFirst = graphWith('loop-escape', files);
    expect(sight(bFirst, 'sales-q4-b')).toEqual({
      traced: true,
      chain: ['win-mid-market-fleets', '2026-Q4/enterprise-trust', 'company-q4-grow-arr', 'sales-q4-a', 'sales-q4-b'],
    });
    expect(sight(bFirst, 'sales-q4-a')).toEqual({
      traced: true,
      chain: ['win-mid-market-fleets', '2026-Q4/enterprise-trust', 'company-q4-grow-arr', 'sales-q4-a'],
    });
    const aFirst = graphWith('loop-escape', files);
    expect(sight(aFirst, 'sales-q4-a').traced).toBe(true);
    expect(sight(aFirst, 'sales-q4-b').traced).toBe(true);
  });

  it('answers a long chain of many objectives quickly', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      files[`okrs/2026-Q4/sales/n${i}.md`] = objective(`sales-q4-n${i}`, 'sales', [
        i === 0 ? 'company-q4-grow-arr' : `sales-q4-n${i - 1}`,
      ]);
    const graph = graphWith('long', files);
    const started = performance.now();
    for (const o of graph.objectives) lineOfSight(graph, o);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(sight(graph, 'sales-q4-n299')).toMatchObject({ traced: true });
    expect(sight(graph, 'sales-q4-n299').chain).toHaveLength(303);
  });
});
