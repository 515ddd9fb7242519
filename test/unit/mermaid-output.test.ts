import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { writeOrganisation } from '../../tools/generate/write.ts';
import type { Graph } from '../../src/model/graph.ts';
import {
  cycleMap,
  decisionMap,
  defaultMaxNodes,
  dependencyMap,
  mermaidLimits,
  objectiveMap,
  renderMap,
  teamMap,
  toMermaid,
  toSvg,
  type NodeHref,
  type StrategyMap,
} from '../../src/model/maps/index.ts';
import { layoutMap } from '../../src/model/maps/layout.ts';
import { refOf } from '../../src/model/types.ts';
import { checkFiles, fixtureToday } from '../support/content-fixtures.ts';

const href: NodeHref = (node) => `/base/${node.kind}/${refOf(node)}/`;

/** Opening and closing tags of an SVG string, checked for balance, with every attribute seen. */
function parseSvg(svg: string): { tags: string[]; attributes: [string, string, string][]; text: string } {
  const stack: string[] = [];
  const tags: string[] = [];
  const attributes: [string, string, string][] = [];
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        stack.push(name);
        tags.push(name);
        for (const [key, value] of Object.entries(attrs)) attributes.push([name, key, value]);
      },
      onclosetag(name) {
        expect(stack.pop()).toBe(name);
      },
      ontext(data) {
        text += data;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(svg);
  expect(stack).toEqual([]);
  return { tags, attributes, text };
}

describe('Mermaid source of a map', () => {
  const { graph } = checkContent({
    contentDir: resolve(import.meta.dirname, '../fixtures/valid/content'),
    today: fixtureToday,
  }) as { graph: Graph };

  it('is written the same way every time: stable ids, kinds as shapes, statuses as classes with line patterns', () => {
    expect(toMermaid(cycleMap(graph, '2026-Q4', { href }))).toBe(`%% Strategy map of 2026-Q4: Earn the right to grow
flowchart LR
  P_win_mid_market_fleets{{"Priority<br/>Win mid-market fleets<br/>● On track · 30%"}}
  T_2026_Q4__enterprise_trust(["Theme<br/>Be trusted by larger fleets<br/>● On track · 30%"])
  O_company_q4_grow_arr["Kestrel Logistics<br/>Grow recurring revenue with larger fleets<br/>● On track · 30%"]
  K_company_q4_grow_arr__net_new_arr("Key result · Kestrel Logistics<br/>Grow net-new ARR from €2M to €3M<br/>● On track · 30%")
  O_sales_q4_enterprise_pipeline["Sales<br/>Build a repeatable enterprise pipeline<br/>▲ At risk · 8%"]
  K_sales_q4_enterprise_pipeline__qualified_pipeline("Key result · Sales<br/>Grow qualified enterprise pipeline from €1.2M to €3M<br/>▲ At risk · 8%")
  P_win_mid_market_fleets --> T_2026_Q4__enterprise_trust
  T_2026_Q4__enterprise_trust --> O_company_q4_grow_arr
  O_company_q4_grow_arr --- K_company_q4_grow_arr__net_new_arr
  K_company_q4_grow_arr__net_new_arr --> O_sales_q4_enterprise_pipeline
  O_sales_q4_enterprise_pipeline --- K_sales_q4_enterprise_pipeline__qualified_pipeline
  classDef onTrack fill:#e6f4ea,stroke:#1a7f37,stroke-width:2px,color:#1f2328
  class P_win_mid_market_fleets,T_2026_Q4__enterprise_trust,O_company_q4_grow_arr,K_company_q4_grow_arr__net_new_arr onTrack
  classDef atRisk fill:#fff4d6,stroke:#9a6700,stroke-width:2px,stroke-dasharray:6 3,color:#1f2328
  class O_sales_q4_enterprise_pipeline,K_sales_q4_enterprise_pipeline__qualified_pipeline atRisk
`);
  });

  it('marks a dependency on an at-risk provider with a thick red line and words', () => {
    const map: StrategyMap = {
      kind: 'dependencies',
      id: 'm',
      title: 'Deps',
      capped: false,
      roots: [],
      children: new Map(),
      nodes: [
        { id: 'O_a', kind: 'objective', title: 'A', level: 0 },
        { id: 'O_b', kind: 'objective', title: 'B', level: 1, status: 'at-risk' },
      ],
      edges: [{ from: 'O_a', to: 'O_b', kind: 'depends', risk: true }],
    };
    const text = toMermaid(map);
    expect(text).toContain('O_a ==>|"depends on<br/>▲ provider at risk"| O_b');
    expect(text).toContain('linkStyle 0 stroke:#cf222e,stroke-width:3px');
  });

  it('shortens labels until even a map of hostile 2,000-character titles fits maxTextSize', () => {
    const title = '"#|[]<>&`🚀東京'.repeat(150);
    const nodes = Array.from({ length: defaultMaxNodes }, (_, i) => ({
      id: `O_n${'x'.repeat(40)}${i}`,
      kind: 'objective' as const,
      title,
      team: title,
      level: i % 5,
      status: 'at-risk' as const,
      progress: 0.5,
    }));
    const edges = nodes
      .slice(1)
      .map((n, i) => ({ from: nodes[i]!.id, to: n.id, kind: 'depends' as const, risk: true }));
    const text = toMermaid({
      kind: 'cycle',
      id: 'big',
      title,
      nodes,
      edges,
      roots: [],
      children: new Map(),
      capped: false,
    });
    expect(text.length).toBeLessThanOrEqual(mermaidLimits.maxTextSize);
    expect(text).toContain('#quot;#35;|[]#lt;#gt;#amp;#96;🚀東京');
  });
  it('turns no title into a live directive or comment, the map title in the first-line comment included', () => {
    const directive = '%%{init: {"securityLevel":"loose","themeCSS":"body{display:none}"}}%%';
    const node = { id: 'O_a', kind: 'objective' as const, title: directive, team: directive, level: 0 };
    const text = toMermaid({
      kind: 'objective',
      id: 'map-objective-a',
      title: directive,
      nodes: [node, { ...node, id: 'O_b' }],
      edges: [{ from: 'O_a', to: 'O_b', kind: 'depends' as const, label: directive }],
      roots: [],
      children: new Map(),
      capped: false,
    });
    expect(text).not.toContain('%%{');
    // The first line's own `%%` is the only one: the comment that names the map.
    expect(text.split('%%').length).toBe(2);
    expect(text.startsWith('%% #37;%{init:')).toBe(true);
  });
});

describe('build-time SVG of a map', () => {
  const { result } = checkFiles('mermaid-svg', {
    'okrs/2026-Q4/sales/hostile.md': `---
id: sales-q4-hostile
title: '</text><script>alert(1)</script><a href="javascript:alert(2)">x</a> & "quotes" 🚀 東京'
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr]
keyResults: [{ id: k, title: Sign five deals, baseline: 0, target: 5 }]
---
`,
  });
  const graph = result.graph as Graph;

  it('is well-formed, escapes every title, and carries no script, inline style or outside URL', () => {
    const svg = toSvg(
      cycleMap(graph, '2026-Q4', { href: (node) => (node.kind === 'priority' ? 'javascript:alert(3)' : href(node)) }),
    );
    const { tags, attributes, text } = parseSvg(svg);
    expect(tags).not.toContain('script');
    expect(tags).not.toContain('style');
    expect(text).toContain('</text><script>alert(1)</script>');
    for (const [tag, name, value] of attributes) {
      expect(name, `${tag} ${name}`).not.toMatch(/^(on|style$)/i);
      if (name === 'href') expect(value).toMatch(/^\/base\//);
      if (name !== 'xmlns') expect(value).not.toMatch(/https?:|javascript:/i);
    }
    expect(attributes.filter(([tag, name]) => tag === 'a' && name === 'href')).toHaveLength(
      tags.filter((t) => t === 'a').length,
    );
  });

  it('links every box that has a page, and keeps the links out of the tab order (the list beside it has them)', () => {
    const svg = toSvg(cycleMap(graph, '2026-Q4', { href }));
    expect(svg).toContain('<a href="/base/objective/sales-q4-hostile/" tabindex="-1">');
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
  });
});

describe('maps of a large organisation', () => {
  const dir = resolve(import.meta.dirname, '../.tmp/mermaid', process.env.VITEST_POOL_ID ?? String(process.pid), 'org');
  let graph: Graph;
  beforeAll(() => {
    writeOrganisation(dir, { objectives: 2000, seed: 3, today: '2026-11-24' });
    graph = checkContent({ contentDir: dir, today: '2026-11-24' }).graph!;
    // Writing and checking 2,000 objectives takes a few seconds, and many more on a busy machine.
  }, 60_000);

  it('stay within the cap and Mermaid’s limits on every page, and come out the same twice', () => {
    const maps: StrategyMap[] = [];
    for (const cycle of graph.cycles.keys())
      maps.push(
        cycleMap(graph, cycle, { href }),
        dependencyMap(graph, cycle, { href }),
        decisionMap(graph, cycle, { href }),
      );
    for (const team of graph.teams) maps.push(teamMap(graph, team, graph.currentCycle, { href }));
    for (const objective of graph.objectives.slice(0, 400)) maps.push(objectiveMap(graph, objective, { href }));
    expect(maps.some((m) => m.capped)).toBe(true);
    for (const map of maps) {
      expect(map.nodes.length, map.id).toBeLessThanOrEqual(defaultMaxNodes);
      expect(new Set(map.nodes.map((n) => n.id)).size, `${map.id} repeats an id`).toBe(map.nodes.length);
      if (map.nodes.length === 0) continue;
      expect(toMermaid(map).length).toBeLessThanOrEqual(mermaidLimits.maxTextSize);
      expect(map.edges.length).toBeLessThanOrEqual(mermaidLimits.maxEdges);
    }
    const again = checkContent({ contentDir: dir, today: '2026-11-24' }).graph!;
    expect(toSvg(cycleMap(again, again.currentCycle, { href }))).toBe(
      toSvg(cycleMap(graph, graph.currentCycle, { href })),
    );
    expect(toMermaid(cycleMap(again, again.currentCycle, { href }))).toBe(
      toMermaid(cycleMap(graph, graph.currentCycle, { href })),
    );
  });

  it('lay out every box inside the drawing, one column per level, with no two boxes overlapping', () => {
    const maps = [...graph.cycles.keys()].flatMap((cycle) => [
      cycleMap(graph, cycle, { href }),
      dependencyMap(graph, cycle, { href }),
      decisionMap(graph, cycle, { href }),
    ]);
    maps.push(
      ...graph.objectives.slice(0, 200).map((objective) => objectiveMap(graph, objective, { href })),
      ...graph.teams.map((team) => teamMap(graph, team, graph.currentCycle, { href })),
    );
    for (const map of maps) {
      const layout = layoutMap(map);
      const boxes = [...layout.boxes.values()];
      for (const [i, a] of boxes.entries()) {
        expect(
          a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height,
          `${map.id}: ${a.node.id} outside`,
        ).toBe(true);
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${map.id}: ${a.node.id} overlaps ${b.node.id}`).toBe(true);
          if (a.node.level < b.node.level) expect(a.x < b.x).toBe(true);
        }
      }
    }
  });

  it('folds the current cycle into "+N more" boxes that link to the next page down', () => {
    const map = cycleMap(graph, graph.currentCycle, { href });
    const more = map.nodes.filter((n) => n.kind === 'more');
    expect(more.length).toBeGreaterThan(0);
    for (const box of more) {
      const parent = map.nodes.find((n) => map.children.get(n.id)?.includes(box.id))!;
      expect(box.href).toBe(parent.href);
      expect(box.title).toBe(`+${box.hidden} more`);
    }
  });

  it('draw an 80-box map in a few milliseconds, so every page of a 10,000-objective site can have one', () => {
    const map = cycleMap(graph, graph.currentCycle, { href });
    const started = performance.now();
    for (let i = 0; i < 20; i++) renderMap(map);
    // Generous: a guard against a layout gone quadratic, not a benchmark (npm run bench measures).
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});
