import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph.ts';
import {
  cycleMap,
  decisionMap,
  dependencyMap,
  objectiveMap,
  outlineOf,
  teamMap,
  type MapNode,
  type NodeHref,
  type StrategyMap,
} from '../../src/model/maps/index.ts';
import { keyResultStatus, objectiveStatus } from '../../src/model/status.ts';
import { refOf, type KeyResult, type Objective, type Team } from '../../src/model/types.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const objective = (fields: string) => `---\n${fields.trim()}\n---\n`;

/** The valid base plus a platform team whose at-risk SSO key result sales depends on, an untraced objective, a draft and a hostile title. */
const { result } = checkFiles('mermaid-maps', {
  'teams/platform.md': '---\nid: platform\nname: Platform & "Core" <Infra>\nparent: company\nlead: maria-okafor\n---\n',
  'okrs/2026-Q4/platform/sso.md': objective(`
id: platform-q4-sso
title: 'Ship SSO "enterprise" <b>grade</b> | #1 🚀 東京'
cycle: 2026-Q4
team: platform
owner: maria-okafor
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: sso-ga
    title: SSO generally available
    type: binary
    checkIns: [{ date: 2026-10-20, value: false, confidence: low }]
`),
  'okrs/2026-Q4/sales/untraced.md': objective(`
id: sales-q4-untraced
title: Tidy the CRM
cycle: 2026-Q4
team: sales
owner: jon-park
keyResults:
  - { id: fields, title: Cut CRM fields from 80 to 30, baseline: 80, target: 30, direction: decrease }
dependsOn:
  - ref: platform-q4-sso
`),
  'okrs/2026-Q4/sales/secret.md': objective(`
id: sales-q4-secret
title: A draft nobody may see
cycle: 2026-Q4
team: sales
owner: jon-park
draft: true
alignsTo: [company-q4-grow-arr]
keyResults: [{ id: k, title: Sign five secret deals, baseline: 0, target: 5 }]
`),
  'okrs/2026-Q4/sales/enterprise-pipeline.md': objective(`
id: sales-q4-enterprise-pipeline
title: Build a repeatable enterprise pipeline
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: qualified-pipeline
    title: Grow qualified enterprise pipeline from €1.2M to €3M
    type: currency
    unit: EUR
    baseline: 1200000
    target: 3000000
    checkIns: [{ date: 2026-10-30, value: 1350000, confidence: medium }]
dependsOn:
  - ref: platform-q4-sso/sso-ga
    why: Security reviews need SSO.
`),
});
const graph = result.graph as Graph;
const href: NodeHref = (node) => (node.kind === 'person' ? undefined : `/site/${node.kind}/${refOf(node)}/`);
const byRef = (map: StrategyMap, ref: string) => map.nodes.find((n) => n.ref === ref);
const edgesBetween = (map: StrategyMap, a?: MapNode, b?: MapNode) =>
  map.edges.filter((e) => e.from === a?.id && e.to === b?.id);
const sso = graph.nodes.get('platform-q4-sso') as Objective;
const pipeline = graph.nodes.get('sales-q4-enterprise-pipeline') as Objective;

describe('the cycle strategy map', () => {
  const map = cycleMap(graph, '2026-Q4', { href });

  it('runs from priority to theme to company objective to key result to team objectives, one column per level', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const levels = [
      'win-mid-market-fleets',
      '2026-Q4/enterprise-trust',
      'company-q4-grow-arr',
      'company-q4-grow-arr/net-new-arr',
      'sales-q4-enterprise-pipeline',
    ].map((ref) => byRef(map, ref)?.level);
    expect(levels).toEqual([0, 1, 2, 3, 4]);
    expect(
      edgesBetween(map, byRef(map, 'company-q4-grow-arr/net-new-arr'), byRef(map, 'platform-q4-sso')),
    ).toHaveLength(1);
  });

  it('labels each box with its status and progress, and links it to its page', () => {
    const node = byRef(map, 'sales-q4-enterprise-pipeline')!;
    expect(node).toMatchObject({
      kind: 'objective',
      status: 'at-risk',
      team: 'Sales',
      href: '/site/objective/sales-q4-enterprise-pipeline/',
    });
    expect(node.progress).toBeCloseTo(150_000 / 1_800_000);
    expect(byRef(map, 'platform-q4-sso')).toMatchObject({ status: 'off-track', team: 'Platform & "Core" <Infra>' });
    expect(byRef(map, '2026-Q4/enterprise-trust')).toMatchObject({
      kind: 'theme',
      href: '/site/theme/2026-Q4/enterprise-trust/',
    });
  });

  it('gathers objectives that trace to no theme under one box, and never shows drafts', () => {
    const untraced = map.nodes.find((n) => n.kind === 'unaligned')!;
    expect(untraced.title).toBe('Not traced to the brief');
    expect(map.children.get(untraced.id)).toContain(byRef(map, 'sales-q4-untraced')!.id);
    expect(map.nodes.some((n) => n.ref?.startsWith('sales-q4-secret'))).toBe(false);
  });

  it('drops the key-result level when the map would not fit with it', () => {
    const small = cycleMap(graph, '2026-Q4', { href, maxNodes: 8 });
    expect(small.nodes.some((n) => n.kind === 'key-result')).toBe(false);
    expect(small.nodes.length).toBeLessThanOrEqual(8);
    expect(cycleMap(graph, '2026-Q4', { href, keyResults: false }).nodes.some((n) => n.kind === 'key-result')).toBe(
      false,
    );
  });

  it('is the same map, box for box, every time', () => {
    expect(cycleMap(graph, '2026-Q4', { href })).toEqual(map);
  });
});

describe("an objective's neighbourhood", () => {
  const map = objectiveMap(graph, pipeline, { href });

  it('shows its line of sight up to the priority, with the objective emphasised', () => {
    expect(map.nodes.slice(0, 5).map((n) => n.ref)).toEqual([
      'win-mid-market-fleets',
      '2026-Q4/enterprise-trust',
      'company-q4-grow-arr',
      'company-q4-grow-arr/net-new-arr',
      'sales-q4-enterprise-pipeline',
    ]);
    expect(byRef(map, 'sales-q4-enterprise-pipeline')?.focus).toBe(true);
    expect(byRef(map, 'sales-q4-enterprise-pipeline')?.tag).toBe('This page');
    expect(byRef(map, 'sales-q4-enterprise-pipeline/qualified-pipeline')?.level).toBe(5);
  });

  it('shows what it depends on, marking a provider at risk', () => {
    const provider = byRef(map, 'platform-q4-sso/sso-ga')!;
    expect(edgesBetween(map, byRef(map, 'sales-q4-enterprise-pipeline'), provider)).toEqual([
      expect.objectContaining({ kind: 'depends', risk: true }),
    ]);
  });

  it('shows who depends on it, the other way', () => {
    const ssoMap = objectiveMap(graph, sso, { href });
    const consumers = ssoMap.edges
      .filter((e) => e.kind === 'depends' && e.to === byRef(ssoMap, 'platform-q4-sso')!.id)
      .map((e) => e.from);
    expect(consumers.sort()).toEqual(
      [byRef(ssoMap, 'sales-q4-enterprise-pipeline')!.id, byRef(ssoMap, 'sales-q4-untraced')!.id].sort(),
    );
    const outline = outlineOf(ssoMap)[0]!.items;
    const self = find(outline, 'platform-q4-sso')!;
    expect(self.links.map((l) => `${l.verb}: ${l.node.ref}`).sort()).toEqual([
      'Needed by: sales-q4-enterprise-pipeline',
      'Needed by: sales-q4-untraced',
    ]);
  });

  it('folds objectives aligned to it into "+N more" when they do not fit, linking to the page below', () => {
    const company = graph.nodes.get('company-q4-grow-arr') as Objective;
    const moreHref: NodeHref = (node) => `/site/${refOf(node)}/#aligned`;
    // Six boxes: the line of sight, the key result and the two objectives aligned to it, exactly.
    expect(objectiveMap(graph, company, { href, maxNodes: 6, moreHref }).capped).toBe(false);
    // One fewer: everything under the objective becomes one box pointing at its own list.
    const map = objectiveMap(graph, company, { href, maxNodes: 5, moreHref });
    expect(map.nodes.length).toBeLessThanOrEqual(5);
    expect(map.nodes.filter((n) => n.kind === 'more').map((n) => [n.title, n.href])).toEqual([
      ['+3 more', '/site/company-q4-grow-arr/#aligned'],
    ]);
    expect(map.children.get(byRef(map, 'company-q4-grow-arr')!.id)).toEqual([
      map.nodes.find((n) => n.kind === 'more')!.id,
    ]);
    expect(map.capped).toBe(true);
  });
});

describe('the team map', () => {
  it('shows the team’s objectives, what they align to above and what aligns to them below', () => {
    const company = graph.teamById.get('company') as Team;
    const map = teamMap(graph, company, '2026-Q4', { href });
    expect(byRef(map, '2026-Q4/enterprise-trust')?.level).toBe(0);
    expect(byRef(map, 'company-q4-grow-arr')?.level).toBe(1);
    expect(['sales-q4-enterprise-pipeline', 'platform-q4-sso'].map((ref) => byRef(map, ref)?.level)).toEqual([2, 2]);
    const sales = teamMap(graph, graph.teamById.get('sales') as Team, '2026-Q4', { href });
    // An objective aligned to nothing starts in the middle column on its own.
    expect(sales.roots).toContain(byRef(sales, 'sales-q4-untraced')!.id);
    expect(byRef(sales, 'sales-q4-untraced')?.level).toBe(1);
  });
});

describe('the dependency map', () => {
  it('puts each team in its own lane and draws a dependency on an at-risk provider to stand out', () => {
    const map = dependencyMap(graph, '2026-Q4', { href });
    expect(map.lanes?.map((l) => l.title)).toEqual(['Platform & "Core" <Infra>', 'Sales']);
    expect(map.edges).toEqual([
      {
        from: byRef(map, 'sales-q4-enterprise-pipeline')!.id,
        to: byRef(map, 'platform-q4-sso')!.id,
        kind: 'depends',
        risk: true,
      },
      { from: byRef(map, 'sales-q4-untraced')!.id, to: byRef(map, 'platform-q4-sso')!.id, kind: 'depends', risk: true },
    ]);
    expect(byRef(map, 'platform-q4-sso')!.level).toBeGreaterThan(byRef(map, 'sales-q4-untraced')!.level);
  });

  it('lists what is blocked first: each dependency on a provider off track (blocked) or at risk, with its status', () => {
    const provider = graph.nodes.get('platform-q4-sso/sso-ga') as KeyResult;
    const objective = graph.nodes.get('platform-q4-sso') as Objective;
    const level = (status: string) =>
      status === 'off-track' || status === 'cancelled' ? 'blocked' : status === 'at-risk' ? 'at-risk' : undefined;
    const expected = [
      {
        consumer: 'Build a repeatable enterprise pipeline',
        provider: provider.data.title,
        state: keyResultStatus(graph, provider),
      },
      { consumer: 'Tidy the CRM', provider: objective.data.title, state: objectiveStatus(graph, objective) },
    ]
      .filter((c) => level(c.state.status))
      .map((c) => ({
        level: level(c.state.status),
        consumer: c.consumer,
        provider: c.provider,
        status: c.state.status,
      }))
      .sort((a, b) => (a.level === b.level ? 0 : a.level === 'blocked' ? -1 : 1));
    expect(expected.length).toBeGreaterThan(0);
    for (const maxNodes of [80, 2]) {
      const concerns = dependencyMap(graph, '2026-Q4', { href, maxNodes }).concerns!;
      expect(
        concerns.map((c) => ({
          level: c.level,
          consumer: c.consumer.title,
          provider: c.provider.title,
          status: c.provider.status,
        })),
      ).toEqual(expected);
      expect(concerns[0]!.provider.team).toBe('Platform & "Core" <Infra>');
      expect(concerns[0]!.consumer.href).toMatch(/^\/site\/objective\//);
    }
  });

  it('draws teams instead of objectives when the objectives do not fit: what each needs, what each provides', () => {
    const map = dependencyMap(graph, '2026-Q4', { href, maxNodes: 2 });
    expect(map.nodes.map((n) => [n.kind, n.level, n.title, n.note])).toEqual([
      ['team', 0, 'Sales', 'Needs 2 from others'],
      ['team', 1, 'Platform & "Core" <Infra>', 'Provides 2 to others'],
    ]);
    expect(map.edges).toEqual([expect.objectContaining({ kind: 'depends', label: '2 dependencies', risk: true })]);
  });
});

describe('the decision layer', () => {
  it('links each decision of the cycle to the goals it changed', () => {
    const map = decisionMap(graph, '2026-Q4', { href });
    const decision = byRef(map, '2026-10-focus-enterprise')!;
    expect(decision).toMatchObject({
      kind: 'decision',
      note: 'Accepted · 2026-10-02',
      href: '/site/decision/2026-10-focus-enterprise/',
    });
    expect(map.children.get(decision.id)).toEqual([
      byRef(map, '2026-Q4/enterprise-trust')!.id,
      byRef(map, 'sales-q4-enterprise-pipeline')!.id,
    ]);
    expect(map.edges.every((e) => e.kind === 'affects')).toBe(true);
  });
});

function find(items: ReturnType<typeof outlineOf>[number]['items'], ref: string): (typeof items)[number] | undefined {
  for (const item of items) {
    if (item.node.ref === ref) return item;
    const found = find(item.children, ref);
    if (found) return found;
  }
  return undefined;
}
