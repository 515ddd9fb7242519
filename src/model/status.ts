import type { Confidence } from '../schemas/check-in.ts';
import { cycleState } from './cycles.ts';
import type { Graph } from './graph.ts';
import { judgeKeyResult, outcomeOf, rollUpHealth, rollUpOutcome } from './health.ts';
import type { Pace } from './pace.ts';
import { currentValue, objectiveProgress, progressOf, type Health } from './progress.ts';
import type { KeyResult, Objective, Priority, Theme } from './types.ts';

/** How a status reads: a symbol and a word, so it never rests on colour alone. */
export const statusText: Record<Health, { symbol: string; word: string }> = {
  'on-track': { symbol: '●', word: 'On track' },
  'behind-pace': { symbol: '◐', word: 'Behind pace' },
  'at-risk': { symbol: '▲', word: 'At risk' },
  'off-track': { symbol: '✖', word: 'Off track' },
  'not-started': { symbol: '○', word: 'Not started' },
  done: { symbol: '✔', word: 'Done' },
  'partly-met': { symbol: '◑', word: 'Partly met' },
  missed: { symbol: '✗', word: 'Missed' },
  cancelled: { symbol: '⊘', word: 'Cancelled' },
};

/** How a goal is going, as pages and maps show it. */
export interface GoalStatus {
  status: Health;
  progress?: number;
  /** For an objective with no key results of its own: how many aligned objectives its status rolls up. */
  rolledUpFrom?: number;
  /** In a closed cycle: the grade the outcome reads from (the written grade or score, else final progress), 0–1. */
  grade?: number;
  /** For a key result: its pace and the owner's latest confidence, which its status combines. */
  pace?: Pace;
  confidence?: Confidence;
}

const memo = new WeakMap<Graph, Map<string, GoalStatus>>();

function cached(graph: Graph, key: string, compute: () => GoalStatus): GoalStatus {
  let cache = memo.get(graph);
  if (!cache) memo.set(graph, (cache = new Map()));
  let value = cache.get(key);
  if (!value) cache.set(key, (value = compute()));
  return value;
}

/**
 * An objective's health and progress on the graph's today; memoised, since many maps show the
 * same objective. An active objective with no key results of its own (a company objective
 * measured by the many aligned under it) reports the roll-up of its aligned objectives.
 */
export function objectiveStatus(graph: Graph, objective: Objective): GoalStatus {
  let cache = memo.get(graph);
  if (!cache) memo.set(graph, (cache = new Map()));
  const known = cache.get(objective.id);
  if (known) return known;
  // Roll-ups nest as deep as authors align objectives without key results: an explicit stack, not recursion.
  const stack: Objective[] = [objective];
  const open = new Set<string>();
  while (stack.length) {
    const current = stack.at(-1)!;
    if (cache.has(current.id)) {
      stack.pop();
      continue;
    }
    const keyResults = graph.keyResultsOf.get(current.id) ?? [];
    if (keyResults.length > 0 || current.data.status !== 'active') {
      cache.set(current.id, ownStatus(graph, current, keyResults));
      stack.pop();
      continue;
    }
    const children = alignedObjectives(graph, current.id);
    if (!open.has(current.id)) {
      open.add(current.id);
      // A child already open is an alignment loop (reported by align/loop); it is left out.
      for (const child of children) if (!cache.has(child.id) && !open.has(child.id)) stack.push(child);
      continue;
    }
    stack.pop();
    const measured = children.map((child) => cache.get(child.id)).filter((s): s is GoalStatus => s !== undefined);
    cache.set(
      current.id,
      measured.length
        ? { ...rollUp(measured, isClosed(graph, current.data.cycle)), rolledUpFrom: measured.length }
        : ownStatus(graph, current, []),
    );
  }
  return cache.get(objective.id)!;
}

function isClosed(graph: Graph, cycleId: string): boolean {
  const cycle = graph.cycles.get(cycleId);
  return cycle !== undefined && cycleState(cycle, graph.today) === 'closed';
}

/** An objective's own status from its lifecycle and its key results (docs/status.md). */
function ownStatus(graph: Graph, objective: Objective, keyResults: readonly KeyResult[]): GoalStatus {
  const progress = objectiveProgress(keyResults, graph.today);
  const withProgress = (status: GoalStatus): GoalStatus => (progress === undefined ? status : { ...status, progress });
  const lifecycle = objective.data.status;
  if (lifecycle === 'cancelled') return withProgress({ status: 'cancelled' });
  const krs = keyResults.map((kr) => keyResultStatus(graph, kr));
  if (isClosed(graph, objective.data.cycle)) {
    const grade = objective.data.grade;
    if (grade !== undefined) return withProgress({ status: outcomeOf(grade), grade });
    const graded = krs.map((s) => s.grade).filter((g): g is number => g !== undefined);
    if (lifecycle === 'done' && graded.length === 0) return withProgress({ status: 'done' });
    return withProgress(rollUpOutcome(graded));
  }
  if (lifecycle === 'done') return withProgress({ status: 'done' });
  return withProgress({ status: rollUpHealth(krs.map((s) => s.status)) });
}

/** A key result's status, progress, pace and confidence on the graph's today. */
export function keyResultStatus(graph: Graph, kr: KeyResult): GoalStatus {
  return cached(graph, kr.ref, () => {
    const { status, pace, confidence, grade } = judgeKeyResult(
      kr,
      graph.cycles.get(kr.objective.data.cycle),
      graph.today,
    );
    const progress = progressOf(kr, currentValue(kr, graph.today), graph.today);
    return {
      status,
      pace,
      ...(progress === undefined ? {} : { progress }),
      ...(confidence ? { confidence } : {}),
      ...(grade === undefined ? {} : { grade }),
    };
  });
}

/**
 * A goal's status from the goals under it (an objective's aligned objectives, a theme's, a
 * priority's): in a closed cycle the outcome of their mean grade, otherwise `rollUpHealth` over
 * their statuses; progress is their mean. Cancelled goals do not count.
 */
export function rollUp(statuses: readonly GoalStatus[], closed = false): GoalStatus {
  const live = statuses.filter((s) => s.status !== 'cancelled');
  const measured = live.map((s) => s.progress).filter((p): p is number => p !== undefined);
  const progress = measured.length ? measured.reduce((sum, p) => sum + p, 0) / measured.length : undefined;
  const withProgress = (status: GoalStatus): GoalStatus => (progress === undefined ? status : { ...status, progress });
  if (closed) {
    const grades = live.map((s) => s.grade ?? (s.status === 'done' ? 1 : undefined)).filter((g) => g !== undefined);
    return withProgress(rollUpOutcome(grades));
  }
  return withProgress({ status: rollUpHealth(live.map((s) => s.status)) });
}

/** "▲ At risk · 45 %"-style words for a box's status line. */
export function statusLine(status: Health | undefined, progress: number | undefined): string {
  const parts: string[] = [];
  if (status) parts.push(`${statusText[status].symbol} ${statusText[status].word}`);
  if (progress !== undefined) parts.push(`${Math.round(progress * 100)}%`);
  return parts.join(' · ');
}

/** Whether a provider's state puts the goals that depend on it at risk. */
export function isRisky(status: Health | undefined): boolean {
  return status === 'at-risk' || status === 'off-track' || status === 'missed';
}

/** A theme's status: the roll-up of the published objectives aligned to it. */
export function themeStatus(graph: Graph, theme: Theme): GoalStatus {
  return cached(graph, `theme:${theme.ref}`, () =>
    rollUp(
      alignedObjectives(graph, theme.ref).map((o) => objectiveStatus(graph, o)),
      isClosed(graph, theme.brief.id),
    ),
  );
}

/** A priority's status in one cycle: the roll-up of the objectives aligned to its themes in that cycle. */
export function priorityStatus(graph: Graph, priority: Priority, cycle: string): GoalStatus {
  return cached(graph, `priority:${priority.id}@${cycle}`, () => {
    const themes = (graph.themesByPriority.get(priority.id) ?? []).filter((t) => t.brief.id === cycle);
    return rollUp(
      themes.flatMap((t) => alignedObjectives(graph, t.ref)).map((o) => objectiveStatus(graph, o)),
      isClosed(graph, cycle),
    );
  });
}

/** Published objectives aligned to a reference, each once, in graph order. */
export function alignedObjectives(graph: Graph, ref: string): Objective[] {
  const seen = new Set<string>();
  const result: Objective[] = [];
  for (const { child } of graph.aligned.get(ref) ?? []) {
    if (!child.published || seen.has(child.id)) continue;
    seen.add(child.id);
    result.push(child);
  }
  return result;
}
