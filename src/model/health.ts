import type { Confidence } from '../schemas/check-in.ts';
import { scoreShare } from '../schemas/key-result.ts';
import { cycleState, type Cycle } from './cycles.ts';
import { keyResultPace, type Pace } from './pace.ts';
import { currentValue, isHeldLine, latestCheckIn, progressOf, type Health } from './progress.ts';
import type { KeyResult } from './types.ts';

/**
 * The status model (docs/status.md). A key result in an open cycle is judged twice: by its
 * owner's latest confidence and by its numbers (pace, or whether a held line holds); it takes
 * the lower of the two. Goals above it roll up by the share of their parts on track. A closed
 * cycle shows outcomes — done, partly met, missed — from grades and scores, never a forecast.
 */

/** How the owner's confidence reads as a status. */
export const confidenceHealth: Record<Confidence, Health> = { high: 'on-track', medium: 'at-risk', low: 'off-track' };

/** Open-cycle statuses, best first: a key result takes the later of what confidence and numbers say. */
const openOrder: readonly Health[] = ['on-track', 'behind-pace', 'at-risk', 'off-track'];

/** Grade at or above which a goal is done, and at or above which it is partly met (Google's 0.7 / 0.4 reading). */
export const gradeThresholds = { met: 0.7, partly: 0.4 } as const;

/** Share of started parts on track (or done) for a roll-up to be on track; and off track for it to be off track. */
export const rollUpThresholds = { onTrack: 2 / 3, offTrack: 1 / 2 } as const;

/** The outcome a final grade or score reads as. */
export function outcomeOf(grade: number): Health {
  return grade >= gradeThresholds.met ? 'done' : grade >= gradeThresholds.partly ? 'partly-met' : 'missed';
}

/** Whether a status is a closed cycle's outcome. */
export function isOutcome(status: Health): boolean {
  return status === 'done' || status === 'partly-met' || status === 'missed';
}

function worse(a: Health | undefined, b: Health | undefined): Health | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return openOrder.indexOf(a) >= openOrder.indexOf(b) ? a : b;
}

/** A key result's status with what it was judged on, so a page can say why. */
export interface KeyResultJudgement {
  status: Health;
  pace: Pace;
  confidence?: Confidence;
  /** In a closed cycle: the score, or the final progress without one, 0–1. */
  grade?: number;
}

/** What the numbers alone say: pace for a moving measure, the line for a held one; nothing for a binary result. */
function measuredHealth(kr: KeyResult, pace: Pace, today: string): Health | undefined {
  if (isHeldLine(kr.data.direction)) {
    const progress = progressOf(kr, currentValue(kr, today), today);
    return progress === undefined ? undefined : progress === 1 ? 'on-track' : 'off-track';
  }
  if (pace.state === 'behind') return 'behind-pace';
  if (pace.state === 'on-pace' || pace.state === 'ahead') return 'on-track';
  return undefined;
}

/** How a key result is going on a day (docs/status.md). */
export function judgeKeyResult(kr: KeyResult, cycle: Cycle | undefined, today: string): KeyResultJudgement {
  const pace = keyResultPace(kr, cycle, today);
  if (kr.objective.data.status === 'cancelled') return { status: 'cancelled', pace };
  const latest = latestCheckIn(kr, today);
  const confidence = latest?.confidence;
  const progress = latest ? progressOf(kr, currentValue(kr, today), today) : undefined;
  if (cycle && cycleState(cycle, today) === 'closed') {
    const grade = kr.data.score !== undefined ? scoreShare(kr.data.score) : progress;
    return grade === undefined ? { status: 'not-started', pace } : { status: outcomeOf(grade), pace, grade };
  }
  if (!latest) return { status: 'not-started', pace };
  if (progress === 1 && !isHeldLine(kr.data.direction)) return { status: 'done', pace, confidence };
  // Confidence lowers and the numbers lower; with neither (a binary result checked in without a word), at risk.
  const status = worse(confidence && confidenceHealth[confidence], measuredHealth(kr, pace, today)) ?? 'at-risk';
  return { status, pace, ...(confidence ? { confidence } : {}) };
}

/** How many of a roll-up's parts stand where. */
export type HealthCounts = Partial<Record<Health, number>>;

export function countHealths(statuses: readonly Health[]): HealthCounts {
  const counts: HealthCounts = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/**
 * An open goal's status from its parts' (key results of an objective, objectives of a theme):
 * cancelled parts do not count and parts not started wait. On track when at least two thirds of
 * the started parts are on track or done and none is off track; off track when at least half
 * are; behind pace when the rest only lag their pace; at risk otherwise. One part off track
 * keeps its goal from reading on track, but does not alone make it off track.
 */
export function rollUpHealth(statuses: readonly Health[]): Health {
  const started = statuses.filter((s) => s !== 'cancelled' && s !== 'not-started');
  if (started.length === 0) return 'not-started';
  const live = statuses.filter((s) => s !== 'cancelled');
  if (started.every((s) => s === 'done') && started.length === live.length) return 'done';
  const count = countHealths(started);
  const share = (n = 0) => n / started.length;
  const onTrack = share((count['on-track'] ?? 0) + (count.done ?? 0));
  if (onTrack >= rollUpThresholds.onTrack && !count['off-track']) return 'on-track';
  if (share(count['off-track']) >= rollUpThresholds.offTrack) return 'off-track';
  if (!count['at-risk'] && !count['off-track']) return 'behind-pace';
  return 'at-risk';
}

/** A closed goal's outcome from its parts' grades: their mean, read with the grade thresholds. */
export function rollUpOutcome(grades: readonly number[]): { status: Health; grade?: number } {
  if (grades.length === 0) return { status: 'not-started' };
  const grade = grades.reduce((sum, g) => sum + g, 0) / grades.length;
  return { status: outcomeOf(grade), grade };
}
