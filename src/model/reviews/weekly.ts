import type { CheckInData, Confidence } from '../../schemas/check-in.ts';
import { daysBetween, type Cycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import { keyResultPace, type Pace } from '../pace.ts';
import { sortedCheckIns } from '../progress.ts';
import type { Decision, KeyResult } from '../types.ts';
import { addDays, earlier, type ReviewWeek } from './calendar.ts';
import { cycleDependencies, type DependencyLink } from './dependencies.ts';
import { memoOn } from './memo.ts';

/** A check-in of the week with the change since the one before it. */
export interface MovedCheckIn {
  keyResult: KeyResult;
  checkIn: CheckInData;
  previous?: CheckInData;
  /** The value's change since the check-in before (numbers only). */
  delta?: number;
}

/** Why a key result is at risk at the end of a week. */
export interface AtRisk {
  keyResult: KeyResult;
  /** The owner's confidence at the two latest check-ins that gave one, when it fell. */
  confidenceFell?: { from: Confidence; to: Confidence };
  /** Its pace, when behind. */
  behind?: Pace;
}

/** What the weekly review of one week shows. */
export interface WeeklyReview {
  week: ReviewWeek;
  /** The day the week is judged on: its last day, or today while it runs. */
  asOf: string;
  moved: MovedCheckIn[];
  atRisk: AtRisk[];
  /** Key results of active objectives with no check-in in the 14 days up to `asOf`, with their latest. */
  quiet: { keyResult: KeyResult; last?: string }[];
  /** Dependencies whose provider is cancelled or has a key result at risk. */
  blocked: { link: DependencyLink; atRisk: AtRisk[] }[];
  /** Decisions proposed by `asOf` and still proposed in the log, oldest first, with their age then. */
  waiting: { decision: Decision; days: number }[];
}

/** Days without a check-in after which a key result counts as quiet. */
export const quietDays = 14;

const rank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** A cycle's key results with their check-ins sorted once, shared by every week's page. */
function cycleKeyResults(graph: Graph, cycle: string): { keyResult: KeyResult; checkIns: readonly CheckInData[] }[] {
  return memoOn(graph, `weekly:${cycle}`, () =>
    (graph.objectivesByCycle.get(cycle) ?? []).flatMap((o) =>
      (graph.keyResultsOf.get(o.id) ?? []).map((keyResult) => ({ keyResult, checkIns: sortedCheckIns(keyResult) })),
    ),
  );
}

/** Why a key result is at risk on a day, or undefined when it is not. */
export function riskOn(
  keyResult: KeyResult,
  checkIns: readonly CheckInData[],
  cycle: Cycle,
  day: string,
): AtRisk | undefined {
  // The two latest confidences given by `day`, read from the end: every week's page asks this of
  // every key result of its cycle, so no list is made for it.
  let last: Confidence | undefined;
  let before: Confidence | undefined;
  for (let i = checkIns.length - 1; i >= 0 && before === undefined; i--) {
    const { date, confidence } = checkIns[i]!;
    if (date > day || !confidence) continue;
    if (last === undefined) last = confidence;
    else before = confidence;
  }
  const confidenceFell = before && last && rank[last] < rank[before] ? { from: before, to: last } : undefined;
  const pace = keyResultPace(keyResult, cycle, day);
  const behind = pace.state === 'behind' ? pace : undefined;
  return confidenceFell || behind ? { keyResult, confidenceFell, behind } : undefined;
}

/**
 * The weekly review of one week of a cycle, judged on the week's last day (today while it runs),
 * so a past week's page says what that week's meeting saw. Decisions are read as the log stands
 * today: one accepted since is no longer waiting on any week's page.
 */
export function weeklyReview(graph: Graph, cycle: Cycle, week: ReviewWeek): WeeklyReview {
  const asOf = earlier(week.end, graph.today);
  const quietSince = addDays(asOf, -quietDays);
  const review: WeeklyReview = { week, asOf, moved: [], atRisk: [], quiet: [], blocked: [], waiting: [] };
  const risks = new Map<KeyResult, AtRisk>();
  for (const { keyResult, checkIns } of cycleKeyResults(graph, cycle.id)) {
    checkIns.forEach((checkIn, i) => {
      if (checkIn.date < week.start || checkIn.date > asOf) return;
      const previous = checkIns[i - 1];
      const delta =
        previous && typeof checkIn.value === 'number' && typeof previous.value === 'number'
          ? checkIn.value - previous.value
          : undefined;
      review.moved.push({ keyResult, checkIn, previous, delta });
    });
    if (keyResult.objective.data.status !== 'active') continue;
    const risk = riskOn(keyResult, checkIns, cycle, asOf);
    if (risk) risks.set(keyResult, risk);
    const last = checkIns.findLast((c) => c.date <= asOf)?.date;
    if ((last ?? cycle.start) < quietSince) review.quiet.push({ keyResult, last });
  }
  review.atRisk = [...risks.values()];
  for (const link of cycleDependencies(graph, cycle.id)) {
    const provided =
      link.provider.kind === 'key-result' ? [link.provider] : (graph.keyResultsOf.get(link.providerObjective.id) ?? []);
    const atRisk = provided.flatMap((kr) => risks.get(kr) ?? []);
    if (atRisk.length || link.providerObjective.data.status === 'cancelled') review.blocked.push({ link, atRisk });
  }
  review.moved.sort((a, b) => (a.checkIn.date < b.checkIn.date ? -1 : a.checkIn.date > b.checkIn.date ? 1 : 0));
  review.waiting = graph.decisions
    .filter((d) => d.data.status === 'proposed' && d.data.date <= asOf)
    .map((decision) => ({ decision, days: daysBetween(decision.data.date, asOf) }))
    .sort((a, b) => b.days - a.days);
  return review;
}
