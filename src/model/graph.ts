import type { ThroughlineConfig } from '../schemas/config.ts';
import { parseCycle, quarterContaining, type Cycle } from './cycles.ts';
import type { LoadedContent } from './load.ts';
import type { SourceFile } from './source.ts';
import type {
  Brief,
  ContentDocument,
  Decision,
  GraphNode,
  Initiative,
  KeyResult,
  NotNowItem,
  Objective,
  Person,
  Priority,
  Team,
  Theme,
} from './types.ts';

/** An objective aligned to a parent, and the exact reference it used (an objective, a key result or a theme). */
export interface Alignment {
  child: Objective;
  ref: string;
}

/** An objective that depends on another objective or key result. */
export interface Dependent {
  objective: Objective;
  ref: string;
  why?: string;
}

/** All documents with the indexes pages and rules need; built once per process. */
export interface Graph {
  config: ThroughlineConfig;
  contentDir: string;
  /** The date "now" is measured against, ISO. */
  today: string;
  /** The cycle shown as current. */
  currentCycle: string;
  sources: Map<string, SourceFile>;
  documents: ContentDocument[];
  priorities: Priority[];
  teams: Team[];
  people: Person[];
  briefs: Brief[];
  objectives: Objective[];
  decisions: Decision[];
  themes: Theme[];
  keyResults: KeyResult[];
  /** Key results of each objective, by objective id. */
  keyResultsOf: Map<string, KeyResult[]>;
  /** Every addressable node by reference; the first document wins when ids repeat. */
  nodes: Map<string, GraphNode>;
  /** Every document per id, duplicates included, for the duplicate-id rule. */
  documentsById: Map<string, ContentDocument[]>;
  teamById: Map<string, Team>;
  teamChildren: Map<string, Team[]>;
  briefByCycle: Map<string, Brief>;
  objectivesByTeam: Map<string, Objective[]>;
  objectivesByCycle: Map<string, Objective[]>;
  /** Objectives aligned to a node, by the node's reference; KR alignments are also listed under their objective. */
  aligned: Map<string, Alignment[]>;
  themesByPriority: Map<string, Theme[]>;
  decisionsAffecting: Map<string, Decision[]>;
  supersededBy: Map<string, Decision[]>;
  /** Objectives that depend on a node, by the node's reference; KR dependencies are also listed under their objective. */
  dependents: Map<string, Dependent[]>;
  /** What each person owns, leads or decided. */
  byPerson: Map<string, GraphNode[]>;
  cycles: Map<string, Cycle>;
  /** References declared by documents that failed validation: not reported again as unknown. */
  invalidRefs: Set<string>;
}

export interface GraphOptions {
  /** The date to treat as today (ISO); default: the real date. */
  today?: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the graph and its reverse indexes from loaded content; broken references are skipped here and reported by the rules. */
export function buildGraph(content: LoadedContent, options: GraphOptions = {}): Graph {
  const { config } = content;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const documents = [...content.documents].sort((a, b) => (a.source.key < b.source.key ? -1 : 1));
  const graph: Graph = {
    config,
    contentDir: content.contentDir,
    today,
    currentCycle: config.currentCycle ?? quarterContaining(today, config.fiscalYearStartMonth),
    sources: content.sources,
    documents,
    priorities: [],
    teams: [],
    people: [],
    briefs: [],
    objectives: [],
    decisions: [],
    themes: [],
    keyResults: [],
    keyResultsOf: new Map(),
    nodes: new Map(),
    documentsById: new Map(),
    teamById: new Map(),
    teamChildren: new Map(),
    briefByCycle: new Map(),
    objectivesByTeam: new Map(),
    objectivesByCycle: new Map(),
    aligned: new Map(),
    themesByPriority: new Map(),
    decisionsAffecting: new Map(),
    supersededBy: new Map(),
    dependents: new Map(),
    byPerson: new Map(),
    cycles: new Map(),
    invalidRefs: content.invalidRefs,
  };
  const addNode = (ref: string, node: GraphNode) => {
    if (!graph.nodes.has(ref)) graph.nodes.set(ref, node);
  };

  for (const doc of documents) {
    push(graph.documentsById, doc.id, doc);
    addNode(doc.id, doc);
    switch (doc.kind) {
      case 'priority':
        graph.priorities.push(doc);
        break;
      case 'team':
        graph.teams.push(doc);
        if (!graph.teamById.has(doc.id)) graph.teamById.set(doc.id, doc);
        break;
      case 'person':
        graph.people.push(doc);
        break;
      case 'decision':
        graph.decisions.push(doc);
        break;
      case 'brief': {
        graph.briefs.push(doc);
        if (!graph.briefByCycle.has(doc.id)) graph.briefByCycle.set(doc.id, doc);
        doc.data.themes.forEach((data, index) => {
          const theme: Theme = { kind: 'theme', ref: `${doc.id}/${data.id}`, brief: doc, index, data };
          graph.themes.push(theme);
          addNode(theme.ref, theme);
        });
        doc.data.notNow.forEach((data, index) => {
          const item: NotNowItem = { kind: 'not-now', ref: `${doc.id}/${data.id}`, brief: doc, index, data };
          addNode(item.ref, item);
        });
        break;
      }
      case 'objective': {
        graph.objectives.push(doc);
        doc.data.keyResults.forEach((data, index) => {
          const kr: KeyResult = { kind: 'key-result', ref: `${doc.id}/${data.id}`, objective: doc, index, data };
          graph.keyResults.push(kr);
          push(graph.keyResultsOf, doc.id, kr);
          addNode(kr.ref, kr);
        });
        doc.data.initiatives.forEach((data, index) => {
          const initiative: Initiative = {
            kind: 'initiative',
            ref: `${doc.id}/${data.id}`,
            objective: doc,
            index,
            data,
          };
          addNode(initiative.ref, initiative);
        });
        break;
      }
    }
  }

  for (const team of graph.teams) if (team.data.parent) push(graph.teamChildren, team.data.parent, team);
  for (const theme of graph.themes) push(graph.themesByPriority, theme.data.priority, theme);
  for (const objective of graph.objectives) {
    push(graph.objectivesByTeam, objective.data.team, objective);
    push(graph.objectivesByCycle, objective.data.cycle, objective);
    // A repeated parent (align/duplicate) is one alignment.
    for (const ref of new Set(objective.data.alignsTo)) {
      const alignment = { child: objective, ref };
      push(graph.aligned, ref, alignment);
      const parent = graph.nodes.get(ref);
      if (parent?.kind === 'key-result') push(graph.aligned, parent.objective.id, alignment);
    }
    for (const dependency of objective.data.dependsOn) {
      const dependent = { objective, ref: dependency.ref, why: dependency.why };
      push(graph.dependents, dependency.ref, dependent);
      const target = graph.nodes.get(dependency.ref);
      if (target?.kind === 'key-result') push(graph.dependents, target.objective.id, dependent);
    }
  }
  for (const decision of graph.decisions) {
    for (const ref of decision.data.affects) {
      push(graph.decisionsAffecting, ref, decision);
      const target = graph.nodes.get(ref);
      if (target?.kind === 'key-result') push(graph.decisionsAffecting, target.objective.id, decision);
    }
    for (const id of decision.data.supersedes) push(graph.supersededBy, id, decision);
  }
  indexPeople(graph);
  for (const id of new Set([
    ...graph.objectives.map((o) => o.data.cycle),
    ...graph.briefs.map((b) => b.id),
    graph.currentCycle,
  ])) {
    const cycle = parseCycle(id, config.fiscalYearStartMonth);
    if (cycle) graph.cycles.set(id, cycle);
  }
  return graph;
}

function indexPeople(graph: Graph): void {
  const own = (person: string | undefined, node: GraphNode) => {
    if (person) push(graph.byPerson, person, node);
  };
  for (const doc of graph.documents) {
    if (doc.kind === 'priority' || doc.kind === 'brief') own(doc.data.owner, doc);
    if (doc.kind === 'team') own(doc.data.lead, doc);
    if (doc.kind === 'decision') for (const person of new Set(doc.data.deciders)) own(person, doc);
    if (doc.kind === 'objective') {
      own(doc.data.owner, doc);
      for (const kr of doc.data.keyResults) {
        if (kr.owner && kr.owner !== doc.data.owner) own(kr.owner, graph.nodes.get(`${doc.id}/${kr.id}`)!);
      }
      for (const initiative of doc.data.initiatives) {
        if (initiative.owner && initiative.owner !== doc.data.owner)
          own(initiative.owner, graph.nodes.get(`${doc.id}/${initiative.id}`)!);
      }
    }
  }
}

/** Resolves a reference; inside an objective, a bare id may name one of its own key results. */
export function resolveRef(graph: Graph, ref: string, within?: Objective): GraphNode | undefined {
  if (within && !ref.includes('/')) {
    const local = graph.nodes.get(`${within.id}/${ref}`);
    if (local) return local;
  }
  return graph.nodes.get(ref);
}

/** A team's ancestors, nearest first; stops at a loop. */
export function teamAncestors(graph: Graph, teamId: string): Team[] {
  const ancestors: Team[] = [];
  const seen = new Set([teamId]);
  let parentId = graph.teamById.get(teamId)?.data.parent;
  while (parentId && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = graph.teamById.get(parentId);
    if (!parent) break;
    ancestors.push(parent);
    parentId = parent.data.parent;
  }
  return ancestors;
}

/** The root teams (normally one: the company). */
export function rootTeams(graph: Graph): Team[] {
  return graph.teams.filter((team) => !team.data.parent);
}

/** Whether the objective belongs to the root team: a company-level objective. */
export function isCompanyLevel(graph: Graph, objective: Objective): boolean {
  const team = graph.teamById.get(objective.data.team);
  return !!team && !team.data.parent;
}

/** The objective a node belongs to when it is an objective or one of its key results. */
export function objectiveOf(node: GraphNode | undefined): Objective | undefined {
  if (!node) return undefined;
  if (node.kind === 'objective') return node;
  if (node.kind === 'key-result' || node.kind === 'initiative') return node.objective;
  return undefined;
}
