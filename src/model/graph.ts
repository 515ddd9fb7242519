import type { ThroughlineConfig } from '../schemas/config.ts';
import { fiscalCalendar, parseCycle, quarterContaining, type Cycle } from './cycles.ts';
import { builtInKinds, indexKinds, kindNamed, walkReferences, type KindDescriptor } from './kinds/index.ts';
import type { LoadedContent } from './load.ts';
import type { SourceFile } from './source.ts';
import { withheldReferences } from './withheld.ts';
import type {
  AnyDocument,
  Brief,
  ContentDocument,
  Decision,
  DocumentKind,
  GraphNode,
  KeyResult,
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
  /** The kinds the content was read as. */
  kinds: readonly KindDescriptor[];
  documents: ContentDocument[];
  /** Documents per kind, an entry for every kind (see documentsOfKind); the typed lists below are the same arrays. */
  documentsByKind: Map<string, ContentDocument[]>;
  /** Items per item kind (`key-result`, `theme`…), an entry for every item kind. */
  itemsByKind: Map<string, GraphNode[]>;
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
  /**
   * References of the documents left out of this graph as drafts or restricted, and of their
   * items: pages name none of them (an id says what the document says), and say "not published".
   */
  withheld: Set<string>;
}

export interface GraphOptions {
  /** The date to treat as today (ISO); default: the real date. */
  today?: string;
  /** Documents left out of a published graph, so that pages can tell them from ids that name nothing. */
  withheld?: readonly ContentDocument[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the graph and its reverse indexes from loaded content; broken references are skipped here and reported by the rules. */
export function buildGraph(content: LoadedContent, options: GraphOptions = {}): Graph {
  const { config } = content;
  const calendar = fiscalCalendar(config);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const documents = [...content.documents].sort((a, b) => (a.source.key < b.source.key ? -1 : 1));
  const kinds = content.kinds ?? builtInKinds;
  const index = indexKinds(kinds);
  const documentsByKind = new Map(kinds.map((kind) => [kind.kind, [] as ContentDocument[]]));
  const itemsByKind = new Map([...index.items.keys()].map((kind) => [kind, [] as GraphNode[]]));
  const nodes = new Map<string, GraphNode>();
  const documentsById = new Map<string, ContentDocument[]>();
  const addNode = (ref: string, node: GraphNode) => {
    if (!nodes.has(ref)) nodes.set(ref, node);
  };
  for (const doc of documents) {
    push(documentsById, doc.id, doc);
    addNode(doc.id, doc);
    const kind = kindNamed(kinds, doc.kind);
    documentsByKind.get(kind.kind)!.push(doc);
    for (const item of kind.items) {
      (((doc.data as Record<string, unknown>)[item.field] ?? []) as { id: string }[]).forEach((data, i) => {
        // An item names its document by the document's kind: `kr.objective`, `theme.brief`.
        const node = { kind: item.kind, ref: `${doc.id}/${data.id}`, [doc.kind]: doc, index: i, data };
        itemsByKind.get(item.kind)!.push(node as unknown as GraphNode);
        addNode(node.ref, node as unknown as GraphNode);
      });
    }
  }
  const of = <K extends DocumentKind>(kind: K) => (documentsByKind.get(kind) ?? []) as DocumentOfKind<K>[];
  const graph: Graph = {
    config,
    contentDir: content.contentDir,
    today,
    currentCycle: config.currentCycle ?? quarterContaining(today, calendar),
    sources: content.sources,
    kinds,
    documents,
    documentsByKind,
    itemsByKind,
    priorities: of('priority'),
    teams: of('team'),
    people: of('person'),
    briefs: of('brief'),
    objectives: of('objective'),
    decisions: of('decision'),
    themes: (itemsByKind.get('theme') ?? []) as Theme[],
    keyResults: (itemsByKind.get('key-result') ?? []) as KeyResult[],
    keyResultsOf: new Map(),
    nodes,
    documentsById,
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
    withheld: withheldReferences(options.withheld ?? [], kinds),
  };

  for (const kr of graph.keyResults) push(graph.keyResultsOf, kr.objective.id, kr);
  for (const team of graph.teams) if (!graph.teamById.has(team.id)) graph.teamById.set(team.id, team);
  for (const brief of graph.briefs) if (!graph.briefByCycle.has(brief.id)) graph.briefByCycle.set(brief.id, brief);
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
    const cycle = parseCycle(id, calendar);
    if (cycle) graph.cycles.set(id, cycle);
  }
  return graph;
}

/**
 * What each person owns, leads or decided: every reference to a person, credited to the
 * document, or to the item (a key result, an initiative) when the document does not already
 * credit that person.
 */
function indexPeople(graph: Graph): void {
  for (const doc of graph.documents) {
    const kind = kindNamed(graph.kinds, doc.kind);
    const credited = new Set<string>();
    walkReferences(kind, doc.data, (field, path, person) => {
      if (!field.to.includes('person')) return;
      const item = kind.items.find((i) => i.field === path[0]);
      if (!item) {
        if (!credited.has(person)) push(graph.byPerson, person, doc);
        credited.add(person);
      } else if (!credited.has(person)) {
        const { id } = (doc.data as unknown as Record<string, { id: string }[]>)[item.field]![path[1] as number]!;
        push(graph.byPerson, person, graph.nodes.get(`${doc.id}/${id}`)!);
      }
    });
  }
}

/** The documents of one kind: precisely typed for a built-in kind; empty for a kind the graph was not built with. */
export function documentsOfKind<K extends DocumentKind>(graph: Graph, kind: K): DocumentOfKind<K>[];
export function documentsOfKind(graph: Graph, kind: string): AnyDocument[];
export function documentsOfKind(graph: Graph, kind: string): unknown[] {
  return graph.documentsByKind.get(kind) ?? [];
}

type DocumentOfKind<K extends DocumentKind> = Extract<ContentDocument, { kind: K }>;

/** Resolves a reference; inside a document, a bare id may name one of its own items (an objective's key results). */
export function resolveRef(graph: Graph, ref: string, within?: ContentDocument): GraphNode | undefined {
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
