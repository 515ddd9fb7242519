import { daysBetween } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import type { Decision, KeyResult } from '../../model/types.ts';
import type { CheckInData } from '../../schemas/check-in.ts';

/** Something that happened on a day: a check-in on a key result, or a decision. */
export type Change =
  | { kind: 'check-in'; date: string; keyResult: KeyResult; checkIn: CheckInData }
  | { kind: 'decision'; date: string; decision: Decision };

/** Everything dated within the `days` days up to and including today, newest first. */
export function recentChanges(graph: Graph, days = 7): Change[] {
  const recent = (date: string) => {
    const age = daysBetween(date, graph.today);
    return age >= 0 && age < days;
  };
  const changes: Change[] = [];
  for (const keyResult of graph.keyResults) {
    for (const checkIn of keyResult.data.checkIns)
      if (recent(checkIn.date)) changes.push({ kind: 'check-in', date: checkIn.date, keyResult, checkIn });
  }
  for (const decision of graph.decisions)
    if (recent(decision.data.date)) changes.push({ kind: 'decision', date: decision.data.date, decision });
  return changes.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
