import { compareCycles, type Cycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import type { Decision, Objective } from '../types.ts';
import { addDays } from './calendar.ts';
import { overlapThreshold, similarity, wordSet } from './overlaps.ts';

/** A range of grades in the distribution, `from` included, `to` excluded (1.0 falls in the last). */
export interface GradeBin {
  from: number;
  to: number;
  objectives: Objective[];
}

/** An objective of the next cycle that carries on one of this cycle's, and how it says so. */
export interface CarriedOver {
  from: Objective;
  to: Objective;
  /** `reference`: it aligns to it (a quarter to last year's objective); `title`: the same team set a near-identical title. */
  by: 'reference' | 'title';
}

/** What the quarterly close of a cycle shows. */
export interface QuarterlyClose {
  cycle: Cycle;
  closed: boolean;
  /** The cycle that starts the day after this one ends, when it has objectives. */
  next?: string;
  /** Every objective with its grade and retrospective, team by team in the order of the team list. */
  teams: { team: string; objectives: Objective[] }[];
  /** Graded objectives by grade, five bins of 0.2. */
  distribution: GradeBin[];
  /** Active and done objectives that have no grade. */
  ungraded: Objective[];
  /** Cancelled objectives, with the decisions that affect them or their key results. */
  dropped: { objective: Objective; decisions: Decision[] }[];
  carried: CarriedOver[];
  /** Active objectives graded under `unfinishedBelow` (or not graded) that nothing in the next cycle carries on. */
  unfinished: Objective[];
}

/** A grade under this leaves an objective unfinished: 0.7 is where an ambitious objective counts as delivered. */
export const unfinishedBelow = 0.7;

/** The quarterly close of a cycle: grades, their distribution, what was dropped and what rolls over. */
export function quarterlyClose(graph: Graph, cycle: Cycle): QuarterlyClose {
  const objectives = graph.objectivesByCycle.get(cycle.id) ?? [];
  const byTeam = new Map<string, Objective[]>();
  for (const objective of objectives) {
    const list = byTeam.get(objective.data.team);
    if (list) list.push(objective);
    else byTeam.set(objective.data.team, [objective]);
  }
  const order = new Map(graph.teams.map((t, i) => [t.id, i]));
  const teams = [...byTeam]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([team, list]) => ({ team, objectives: list }));

  const distribution: GradeBin[] = [0, 0.2, 0.4, 0.6, 0.8].map((from) => ({ from, to: from + 0.2, objectives: [] }));
  for (const objective of objectives) {
    const grade = objective.data.grade;
    if (grade !== undefined) distribution[Math.min(4, Math.floor(grade * 5 + 1e-9))]!.objectives.push(objective);
  }

  const dropped = objectives
    .filter((o) => o.data.status === 'cancelled')
    .map((objective) => {
      const decisions = new Set<Decision>(graph.decisionsAffecting.get(objective.id) ?? []);
      for (const kr of graph.keyResultsOf.get(objective.id) ?? [])
        for (const d of graph.decisionsAffecting.get(kr.ref) ?? []) decisions.add(d);
      return { objective, decisions: [...decisions].filter((d) => d.published) };
    });

  const next = nextCycle(graph, cycle);
  const carried = next ? carriedOver(graph, objectives, graph.objectivesByCycle.get(next) ?? []) : [];
  const carriedFrom = new Set(carried.map((c) => c.from));
  return {
    cycle,
    closed: graph.today > cycle.end,
    next,
    teams,
    distribution,
    ungraded: objectives.filter((o) => o.data.status !== 'cancelled' && o.data.grade === undefined),
    dropped,
    carried,
    unfinished: objectives.filter(
      (o) => o.data.status === 'active' && (o.data.grade ?? 0) < unfinishedBelow && !carriedFrom.has(o),
    ),
  };
}

/** The cycle of the same length that starts the day after this one ends, among those with objectives. */
function nextCycle(graph: Graph, cycle: Cycle): string | undefined {
  const day = addDays(cycle.end, 1);
  return [...graph.cycles.values()]
    .filter((c) => c.start === day && (c.quarter === undefined) === (cycle.quarter === undefined))
    .map((c) => c.id)
    .sort(compareCycles)
    .find((id) => graph.objectivesByCycle.get(id)?.length);
}

/**
 * Next-cycle objectives that carry on this cycle's: by reference (they align to it or one of its
 * key results), or by title within the same team. A dependency is not a carry-over: the team
 * that depends on last cycle's work is not doing it (the alignment report lists those). Titles are compared only within
 * a team, so the work grows with each team's objectives, not with all pairs of two cycles.
 */
function carriedOver(graph: Graph, objectives: readonly Objective[], next: readonly Objective[]): CarriedOver[] {
  const mine = new Set(objectives);
  const byTeam = new Map<string, { objective: Objective; words: Set<string> }[]>();
  for (const objective of objectives) {
    const list = byTeam.get(objective.data.team) ?? [];
    list.push({ objective, words: wordSet(objective.data.title) });
    byTeam.set(objective.data.team, list);
  }
  const carried: CarriedOver[] = [];
  for (const to of next) {
    const found = new Set<Objective>();
    for (const ref of to.data.alignsTo) {
      const node = graph.nodes.get(ref);
      const from = node?.kind === 'objective' ? node : node?.kind === 'key-result' ? node.objective : undefined;
      if (from && mine.has(from) && !found.has(from)) {
        found.add(from);
        carried.push({ from, to, by: 'reference' });
      }
    }
    const words = wordSet(to.data.title);
    for (const candidate of byTeam.get(to.data.team) ?? [])
      if (!found.has(candidate.objective) && similarity(words, candidate.words) >= overlapThreshold) {
        found.add(candidate.objective);
        carried.push({ from: candidate.objective, to, by: 'title' });
      }
  }
  return carried;
}
