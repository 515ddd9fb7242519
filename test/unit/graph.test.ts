import { describe, expect, it } from 'vitest';
import {
  isCompanyLevel,
  objectiveOf,
  resolveRef,
  rootTeams,
  teamAncestors,
  type Graph,
} from '../../src/model/graph.ts';
import { refOf, type GraphNode, type Objective } from '../../src/model/types.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const objectiveFile = (fields: string) => `---\n${fields.trim()}\n---\n`;

/** The valid base plus an operations team whose objective depends on, and aligns through, the others. */
const { result } = checkFiles('graph', {
  'teams/ops.md': '---\nid: ops\nname: Operations\nparent: company\nlead: ella-voss\n---\n',
  'teams/fleet-ops.md': '---\nid: fleet-ops\nname: Fleet operations\nparent: ops\nlead: ella-voss\n---\n',
  'people/ella-voss.md': '---\nid: ella-voss\nname: Ella Voss\n---\n',
  'okrs/2026-Q4/ops/uptime.md': objectiveFile(`
id: ops-q4-uptime
title: Keep fleets moving
cycle: 2026-Q4
team: ops
owner: ella-voss
alignsTo: [company-q4-grow-arr]
keyResults:
  - id: uptime
    title: Hold platform uptime above 99.9 per cent
    target: 99.9
    direction: stay-above
    owner: jon-park
    checkIns: [{ date: 2026-10-30, value: 99.95 }]
initiatives:
  - id: on-call
    title: A second on-call rota
    owner: maria-okafor
  - id: runbooks
    title: Runbooks for the top ten incidents
    owner: ella-voss
dependsOn:
  - ref: sales-q4-enterprise-pipeline/qualified-pipeline
    why: Forecasts drive capacity.
  - ref: company-q4-grow-arr
`),
  'okrs/2026-Q4/fleet-ops/depots.md': objectiveFile(`
id: fleet-ops-q4-depots
title: Faster depot turnarounds
cycle: 2026-Q4
team: fleet-ops
owner: ella-voss
alignsTo: [ops-q4-uptime/uptime]
keyResults:
  - id: turnaround
    title: Cut depot turnaround from 50 to 35 minutes
    baseline: 50
    target: 35
    direction: decrease
    checkIns: [{ date: 2026-10-30, value: 44 }]
`),
  'decisions/2026-10-capacity.md': objectiveFile(`
id: 2026-10-capacity
title: Plan capacity from the pipeline
date: 2026-10-20
status: accepted
deciders: [maria-okafor, ella-voss, maria-okafor]
affects: [sales-q4-enterprise-pipeline/qualified-pipeline, 2026-Q4/enterprise-trust]
supersedes: [2026-10-focus-enterprise]
`),
});
const graph = result.graph!;
const refs = (nodes: readonly GraphNode[] | undefined) => (nodes ?? []).map(refOf);
const ids = (list: readonly { child?: Objective; objective?: Objective; id?: string }[] | undefined) =>
  (list ?? []).map((x) => x.child?.id ?? x.objective?.id ?? x.id);

describe('graph', () => {
  it('is built from content that checks clean', () => {
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`)).toEqual([]);
  });

  it('lists documents by kind, sorted by file, and items under their documents', () => {
    expect(graph.teams.map((t) => t.id)).toEqual(['company', 'fleet-ops', 'ops', 'sales']);
    expect(graph.objectives.map((o) => o.id)).toEqual([
      'company-q4-grow-arr',
      'fleet-ops-q4-depots',
      'ops-q4-uptime',
      'sales-q4-enterprise-pipeline',
    ]);
    expect(graph.themes.map((t) => t.ref)).toEqual(['2026-Q4/enterprise-trust']);
    expect(refs(graph.keyResultsOf.get('ops-q4-uptime'))).toEqual(['ops-q4-uptime/uptime']);
    expect(graph.nodes.get('ops-q4-uptime/on-call')?.kind).toBe('initiative');
    expect(graph.nodes.get('2026-Q4/self-serve-tier')?.kind).toBe('not-now');
    expect(graph.nodes.get('2026-Q4')?.kind).toBe('brief');
  });

  it('indexes the objectives aligned to an objective, including those aligned to one of its key results', () => {
    expect(ids(graph.aligned.get('company-q4-grow-arr'))).toEqual(['ops-q4-uptime', 'sales-q4-enterprise-pipeline']);
    expect(graph.aligned.get('company-q4-grow-arr')!.map((a) => a.ref)).toEqual([
      'company-q4-grow-arr',
      'company-q4-grow-arr/net-new-arr',
    ]);
    expect(ids(graph.aligned.get('company-q4-grow-arr/net-new-arr'))).toEqual(['sales-q4-enterprise-pipeline']);
    expect(ids(graph.aligned.get('ops-q4-uptime'))).toEqual(['fleet-ops-q4-depots']);
    expect(ids(graph.aligned.get('2026-Q4/enterprise-trust'))).toEqual(['company-q4-grow-arr']);
    expect(graph.aligned.get('sales-q4-enterprise-pipeline')).toBeUndefined();
  });

  it("indexes the decisions affecting a node, a key result's decisions also under its objective", () => {
    expect(ids(graph.decisionsAffecting.get('sales-q4-enterprise-pipeline/qualified-pipeline'))).toEqual([
      '2026-10-capacity',
    ]);
    expect(ids(graph.decisionsAffecting.get('sales-q4-enterprise-pipeline'))).toEqual([
      '2026-10-capacity',
      '2026-10-focus-enterprise',
    ]);
    expect(ids(graph.decisionsAffecting.get('2026-Q4/enterprise-trust'))).toEqual([
      '2026-10-capacity',
      '2026-10-focus-enterprise',
    ]);
    expect(graph.decisionsAffecting.get('company-q4-grow-arr')).toBeUndefined();
  });

  it('indexes which decision supersedes which', () => {
    expect(ids(graph.supersededBy.get('2026-10-focus-enterprise'))).toEqual(['2026-10-capacity']);
    expect(graph.supersededBy.get('2026-10-capacity')).toBeUndefined();
  });

  it("indexes dependents, a key result's dependents also under its objective", () => {
    expect(graph.dependents.get('sales-q4-enterprise-pipeline/qualified-pipeline')).toMatchObject([
      { objective: { id: 'ops-q4-uptime' }, why: 'Forecasts drive capacity.' },
    ]);
    expect(ids(graph.dependents.get('sales-q4-enterprise-pipeline'))).toEqual(['ops-q4-uptime']);
    expect(graph.dependents.get('company-q4-grow-arr')).toMatchObject([
      { objective: { id: 'ops-q4-uptime' }, ref: 'company-q4-grow-arr', why: undefined },
    ]);
  });

  it('indexes what each person owns, leads or decided, once each, in file order', () => {
    // Key results and initiatives are listed only when someone other than the objective's owner owns them.
    expect(refs(graph.byPerson.get('ella-voss'))).toEqual([
      '2026-10-capacity',
      'fleet-ops-q4-depots',
      'ops-q4-uptime',
      'fleet-ops',
      'ops',
    ]);
    expect(refs(graph.byPerson.get('jon-park'))).toEqual([
      '2026-10-focus-enterprise',
      'ops-q4-uptime/uptime',
      'sales-q4-enterprise-pipeline',
      'sales',
    ]);
    expect(refs(graph.byPerson.get('maria-okafor'))).toEqual([
      '2026-Q4',
      '2026-10-capacity',
      '2026-10-focus-enterprise',
      'company-q4-grow-arr',
      'ops-q4-uptime/on-call',
      'win-mid-market-fleets',
      'company',
    ]);
  });

  it('indexes teams, their children and their objectives', () => {
    expect(rootTeams(graph).map((t) => t.id)).toEqual(['company']);
    expect(graph.teamChildren.get('company')!.map((t) => t.id)).toEqual(['ops', 'sales']);
    expect(teamAncestors(graph, 'fleet-ops').map((t) => t.id)).toEqual(['ops', 'company']);
    expect(teamAncestors(graph, 'company')).toEqual([]);
    expect(teamAncestors(graph, 'no-such-team')).toEqual([]);
    expect(graph.objectivesByTeam.get('ops')!.map((o) => o.id)).toEqual(['ops-q4-uptime']);
    expect(graph.objectivesByCycle.get('2026-Q4')).toHaveLength(4);
    expect(graph.themesByPriority.get('win-mid-market-fleets')!.map((t) => t.ref)).toEqual([
      '2026-Q4/enterprise-trust',
    ]);
    const byId = (id: string) => graph.objectives.find((o) => o.id === id)!;
    expect(isCompanyLevel(graph, byId('company-q4-grow-arr'))).toBe(true);
    expect(isCompanyLevel(graph, byId('ops-q4-uptime'))).toBe(false);
  });

  it('resolves references, and a bare id inside an objective to its own key result first', () => {
    const ops = graph.objectives.find((o) => o.id === 'ops-q4-uptime')!;
    expect(refOf(resolveRef(graph, 'uptime', ops)!)).toBe('ops-q4-uptime/uptime');
    expect(resolveRef(graph, 'uptime')).toBeUndefined();
    expect(refOf(resolveRef(graph, 'company', ops)!)).toBe('company');
    expect(objectiveOf(graph.nodes.get('ops-q4-uptime/on-call'))?.id).toBe('ops-q4-uptime');
    expect(objectiveOf(graph.nodes.get('company'))).toBeUndefined();
    expect(objectiveOf(undefined)).toBeUndefined();
  });

  it('derives the current cycle and the dates of every cycle in use', () => {
    expect(graph.today).toBe('2026-11-02');
    expect(graph.currentCycle).toBe('2026-Q4');
    expect(graph.cycles.get('2026-Q4')).toMatchObject({ start: '2026-10-01', end: '2026-12-31' });
  });
});

describe('graph with repeated ids', () => {
  const repeated = checkFiles('graph-repeated', {
    'decisions/2026-10-again.md': objectiveFile(
      'id: 2026-10-focus-enterprise\ntitle: Again\ndate: 2026-10-03\nstatus: accepted\ndeciders: [jon-park]',
    ),
  }).result.graph as Graph;

  it('keeps every document per id, and the first by file for references', () => {
    expect(repeated.documentsById.get('2026-10-focus-enterprise')!.map((d) => d.source.key)).toEqual([
      'decisions/2026-10-again.md',
      'decisions/2026-10-focus-enterprise.md',
    ]);
    expect((repeated.nodes.get('2026-10-focus-enterprise') as { source: { key: string } }).source.key).toBe(
      'decisions/2026-10-again.md',
    );
  });
});

describe('graph options', () => {
  it('takes the current cycle from the configuration, and the quarter from the fiscal year', () => {
    const configured = checkFiles(
      'graph-config',
      { 'throughline.yaml': 'currentCycle: 2027-Q1\nfiscalYearStartMonth: 4\n' },
      { today: '2026-11-02' },
    ).result.graph!;
    expect(configured.currentCycle).toBe('2027-Q1');
    expect(configured.cycles.get('2027-Q1')).toMatchObject({ start: '2027-04-01', end: '2027-06-30' });
    const derived = checkFiles(
      'graph-config',
      { 'throughline.yaml': 'fiscalYearStartMonth: 4\n' },
      { today: '2026-11-02' },
    ).result.graph!;
    expect(derived.currentCycle).toBe('2026-Q3');
  });
});
