import type { Graph } from '../../model/graph.ts';
import { objectiveStatus, rollUp, type GoalStatus } from '../../model/status.ts';

/** A team's goals in one cycle: how many objectives it has, and their roll-up. */
export interface TeamCycleStatus {
  objectives: number;
  status: GoalStatus;
}

/** Each team's status in a cycle, from one pass over the cycle's objectives (teams without any are absent). */
export function teamStatuses(graph: Graph, cycle: string): Map<string, TeamCycleStatus> {
  const byTeam = new Map<string, GoalStatus[]>();
  for (const objective of graph.objectivesByCycle.get(cycle) ?? []) {
    if (!objective.published) continue;
    const list = byTeam.get(objective.data.team);
    const status = objectiveStatus(graph, objective);
    if (list) list.push(status);
    else byTeam.set(objective.data.team, [status]);
  }
  return new Map(
    [...byTeam].map(([team, statuses]) => [team, { objectives: statuses.length, status: rollUp(statuses) }]),
  );
}
