import type { Graph } from './graph.ts';
import { isOutcome } from './health.ts';
import { plural } from './plural.ts';
import { isHeldLine } from './progress.ts';
import { alignedObjectives, keyResultStatus, objectiveStatus, statusText, type GoalStatus } from './status.ts';
import type { KeyResult, Objective } from './types.ts';

/** One sentence saying why a goal has its status: plain text, with goal titles to emphasise. */
export type Reason = (string | { title: string })[];

/** The sentence as plain text, titles as written. */
export function reasonText(reason: Reason): string {
  return reason.map((part) => (typeof part === 'string' ? part : part.title)).join('');
}

// One formatter for the build: "12 Nov".
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "12 Nov" for an ISO day. */
export function shortDate(day: string): string {
  return dayMonth.format(new Date(`${day}T00:00:00Z`));
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
/** A grade to two places, a whole one with its decimal: 0.67, 0.8, 1.0. */
const grade = (share: number) => {
  const rounded = Math.round(share * 100) / 100;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
};

/** "confidence medium", or nothing without one. */
function confidenceClause(status: GoalStatus): string {
  return status.confidence ? `; confidence ${status.confidence}` : '';
}

/**
 * Why a key result has its status (docs/status.md): what was measured on which day against what
 * was expected by then, and the owner's confidence — "48% on 12 Nov, expected 55% by then;
 * confidence medium". In a closed cycle, what the outcome was read from.
 */
export function keyResultReason(graph: Graph, kr: KeyResult): Reason {
  const status = keyResultStatus(graph, kr);
  const pace = status.pace;
  if (status.status === 'cancelled') return ['Its objective was cancelled.'];
  if (isOutcome(status.status) && status.grade !== undefined)
    return [
      kr.data.score !== undefined
        ? `Scored ${grade(status.grade)} at the close.`
        : `Ended at ${percent(status.grade)} of the way to its target, with no score written.`,
    ];
  if (status.status === 'not-started' || !pace) return ['No check-in yet.'];
  const on = `on ${shortDate(pace.asOf)}`;
  if (status.status === 'done') return [`Target reached ${on}.`];
  if (isHeldLine(kr.data.direction))
    return [`${status.progress === 1 ? 'Line held' : 'Line not held'} ${on}${confidenceClause(status)}.`];
  if (kr.data.type === 'binary') return [`Not done yet ${on}${confidenceClause(status)}.`];
  if (status.progress === undefined)
    return [`Checked in ${on}; progress cannot be measured${confidenceClause(status)}.`];
  const expected = pace.state === 'not-applicable' ? '' : `, expected ${percent(pace.expected)} by then`;
  return [`${percent(status.progress)} ${on}${expected}${confidenceClause(status)}.`];
}

/** Parts shown by name after the count: more than this and the rest are counted. */
const namedAtMost = 3;

function partsReason(noun: string, parts: { title: string; status: GoalStatus }[]): Reason {
  const started = parts.filter((p) => p.status.status !== 'cancelled' && p.status.status !== 'not-started');
  if (started.length === 0) return [`No ${noun}s checked in yet.`];
  const good = started.filter((p) => p.status.status === 'on-track' || p.status.status === 'done').length;
  const reason: Reason = [`${good} of ${plural(started.length, noun)} on track`];
  const lagging = started.filter((p) => p.status.status !== 'on-track' && p.status.status !== 'done');
  // Worst first, so the name a reader sees first is the one to talk about.
  const order = ['off-track', 'at-risk', 'behind-pace'];
  lagging.sort((a, b) => order.indexOf(a.status.status) - order.indexOf(b.status.status));
  lagging.slice(0, namedAtMost).forEach((p, i) => {
    reason.push(i === 0 ? '; ' : ', ', { title: p.title }, ` is ${statusText[p.status.status].word.toLowerCase()}`);
  });
  if (lagging.length > namedAtMost) reason.push(` and ${lagging.length - namedAtMost} more lag`);
  const waiting = parts.length - started.length - parts.filter((p) => p.status.status === 'cancelled').length;
  if (waiting > 0) reason.push(`; ${waiting} more not started yet`);
  reason.push('.');
  return reason;
}

/**
 * Why an objective has its status: how many of its key results (or aligned objectives) are on
 * track and which lag — "2 of 3 key results on track; *p95 latency* is behind pace"; in a closed
 * cycle, what its outcome was read from.
 */
export function objectiveReason(graph: Graph, objective: Objective): Reason {
  const status = objectiveStatus(graph, objective);
  if (status.status === 'cancelled') return ['Cancelled.'];
  const keyResults = graph.keyResultsOf.get(objective.id) ?? [];
  if (objective.data.grade !== undefined && isOutcome(status.status))
    return [`Graded ${grade(objective.data.grade)} at the close.`];
  if (status.grade !== undefined) return [`Not graded; its key results average ${grade(status.grade)} at the close.`];
  if (objective.data.status === 'done') return ['Marked done.'];
  if (keyResults.length > 0)
    return partsReason(
      'key result',
      keyResults.map((kr) => ({ title: kr.data.title, status: keyResultStatus(graph, kr) })),
    );
  if (status.rolledUpFrom !== undefined)
    return partsReason(
      'aligned objective',
      alignedObjectives(graph, objective.id).map((o) => ({ title: o.data.title, status: objectiveStatus(graph, o) })),
    );
  return ['No key results yet.'];
}
