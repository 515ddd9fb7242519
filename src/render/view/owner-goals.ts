import { compareCycles, cycleState, daysBetween } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { keyResultPace, type Pace } from '../../model/pace.ts';
import type { Health } from '../../model/progress.ts';
import { latestCheckIn } from '../../model/progress.ts';
import { keyResultStatus, objectiveStatus } from '../../model/status.ts';
import type { KeyResult, Objective, Person } from '../../model/types.ts';

/** One key result on its owner's page: how it is going and how fresh that news is. */
export interface OwnedKeyResult {
  kr: KeyResult;
  status: Health;
  progress?: number;
  pace: Pace;
  /** Date of the latest check-in up to today. */
  lastCheckIn?: string;
  /** Days since the latest check-in (or since the cycle began, before any). */
  daysSince?: number;
  /** No check-in for longer than `thresholds.staleCheckInDays`, in the current cycle. */
  stale: boolean;
  /** Behind pace, off track, at risk or stale: listed first. */
  needsAttention: boolean;
}

/** One objective on its owner's page, with the key results under it that the person answers for. */
export interface OwnedObjective {
  objective: Objective;
  /** The person owns the objective itself, not only some of its key results. */
  ownsObjective: boolean;
  status: Health;
  progress?: number;
  current: boolean;
  keyResults: OwnedKeyResult[];
  needsAttention: boolean;
}

const worrying: ReadonlySet<Health> = new Set(['at-risk', 'off-track']);

function ownedKeyResult(graph: Graph, kr: KeyResult, current: boolean): OwnedKeyResult {
  const cycle = graph.cycles.get(kr.objective.data.cycle);
  const { status, progress } = keyResultStatus(graph, kr);
  const pace = keyResultPace(kr, cycle, graph.today);
  const lastCheckIn = latestCheckIn(kr, graph.today)?.date;
  const since = lastCheckIn ?? (current ? cycle?.start : undefined);
  const daysSince = since === undefined ? undefined : Math.max(0, daysBetween(since, graph.today));
  const stale =
    current &&
    kr.objective.data.status === 'active' &&
    daysSince !== undefined &&
    daysSince > graph.config.thresholds.staleCheckInDays;
  const needsAttention = current && (stale || pace.state === 'behind' || worrying.has(status));
  return { kr, status, progress, pace, lastCheckIn, daysSince, stale, needsAttention };
}

/**
 * What a person answers for, as their page shows it: the objectives they own (with all their key
 * results) and the objectives where they own only some key results (with those). The current
 * cycle comes first, then later cycles, then earlier ones, newest first; within a cycle, what
 * needs attention comes first, and within an objective the key results needing attention.
 */
export function ownerGoals(graph: Graph, person: Person): OwnedObjective[] {
  const byObjective = new Map<Objective, KeyResult[]>();
  const owned = new Set<Objective>();
  for (const node of graph.byPerson.get(person.id) ?? []) {
    if (node.kind === 'objective' && node.published) {
      owned.add(node);
      if (!byObjective.has(node)) byObjective.set(node, []);
    } else if (node.kind === 'key-result' && node.objective.published) {
      const list = byObjective.get(node.objective);
      if (list) list.push(node);
      else byObjective.set(node.objective, [node]);
    }
  }
  const rows: OwnedObjective[] = [];
  for (const [objective, ownKeyResults] of byObjective) {
    const ownsObjective = owned.has(objective);
    const keyResults = ownsObjective ? (graph.keyResultsOf.get(objective.id) ?? []) : ownKeyResults;
    const cycle = graph.cycles.get(objective.data.cycle);
    const current = cycle ? cycleState(cycle, graph.today) === 'current' : false;
    const krs = keyResults.map((kr) => ownedKeyResult(graph, kr, current));
    krs.sort((a, b) => Number(b.needsAttention) - Number(a.needsAttention));
    const { status, progress } = objectiveStatus(graph, objective);
    const needsAttention = current && (worrying.has(status) || krs.some((k) => k.needsAttention));
    rows.push({ objective, ownsObjective, status, progress, current, keyResults: krs, needsAttention });
  }
  const rank = (row: OwnedObjective) => (row.current ? 0 : cycleIsLater(graph, row.objective) ? 1 : 2);
  return rows.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareCycles(b.objective.data.cycle, a.objective.data.cycle) ||
      Number(b.needsAttention) - Number(a.needsAttention),
  );
}

function cycleIsLater(graph: Graph, objective: Objective): boolean {
  const cycle = graph.cycles.get(objective.data.cycle);
  return cycle ? cycleState(cycle, graph.today) === 'upcoming' : false;
}

/** How a pace reads in a table cell. */
export const paceText: Record<Pace['state'], string> = {
  ahead: 'Ahead',
  'on-pace': 'On pace',
  behind: 'Behind',
  'not-measured': 'Not measured yet',
  'not-applicable': '—',
};
