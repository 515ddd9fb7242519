import { daysBetween } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { sortedCheckIns } from '../../model/progress.ts';
import type { Decision, KeyResult } from '../../model/types.ts';
import type { CheckInData } from '../../schemas/check-in.ts';

/**
 * Something that happened on a day: a check-in on a key result (with the value it moved from:
 * the check-in before it, or the written baseline for the first), or a decision.
 */
export type Change =
  | { kind: 'check-in'; date: string; keyResult: KeyResult; checkIn: CheckInData; before?: number | boolean }
  | { kind: 'decision'; date: string; decision: Decision };

/** How many changes the home page lists before it links to the full list of the week. */
export const homeChangeLimit = 20;

/** Everything dated within the `days` days up to and including today, newest first. */
export function recentChanges(graph: Graph, days = 7): Change[] {
  const recent = (date: string) => {
    const age = daysBetween(date, graph.today);
    return age >= 0 && age < days;
  };
  const changes: Change[] = [];
  for (const keyResult of graph.keyResults) {
    if (!keyResult.objective.published) continue;
    const checkIns = sortedCheckIns(keyResult);
    checkIns.forEach((checkIn, i) => {
      if (!recent(checkIn.date)) return;
      const before = i > 0 ? checkIns[i - 1]!.value : keyResult.data.baseline;
      changes.push({ kind: 'check-in', date: checkIn.date, keyResult, checkIn, before });
    });
  }
  for (const decision of graph.decisions)
    if (decision.published && recent(decision.data.date))
      changes.push({ kind: 'decision', date: decision.data.date, decision });
  return changes.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
