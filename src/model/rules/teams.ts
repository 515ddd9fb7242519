import { rootTeams, type Graph } from '../graph.ts';
import { teamForest } from '../team-ancestry.ts';
import { loopText } from '../walks.ts';
import type { Rule } from './context.ts';

/** team/no-root and team/loop: the org tree has one root and no loops. */
export const teamTree: Rule = ({ graph, report }) => {
  if (graph.teams.length === 0) return;
  const roots = rootTeams(graph);
  if (roots.length === 0) {
    report(
      graph.teams[0]!,
      ['parent'],
      'team/no-root',
      'No team is the root of the org tree: every team has a parent',
      'Remove `parent` from the team that is the company.',
    );
  }
  for (const extra of roots.slice(1)) {
    report(
      extra,
      ['id'],
      'team/no-root',
      `Team "${extra.id}" has no parent, but "${roots[0]!.id}" is already the root`,
      `Set \`parent\` (probably "${roots[0]!.id}").`,
    );
  }
  // Each loop once, on its first team; a second document of a team id (id/duplicate) loops when its own parent leads back to that id.
  const forest = teamForest(graph);
  const reported = new Set<string>();
  for (const team of graph.teams) {
    if (reported.has(team.id)) continue;
    let path: { count: number; at: (i: number) => string } | undefined;
    if (graph.teamById.get(team.id) === team) {
      const loop = forest.loopOf(team.id);
      if (loop === undefined) continue;
      const members = forest.loops[loop]!;
      for (const id of members) reported.add(id);
      path = { count: members.length, at: (i) => members[i]! };
    } else {
      const parent = team.data.parent;
      if (!parent || !graph.teamById.has(parent)) continue;
      if (parent !== team.id && !forest.isAncestor(team.id, parent)) continue;
      reported.add(team.id);
      path = { count: 1 + forest.stepsUp(parent, team.id), at: walkFrom(graph, team.id, parent) };
    }
    report(
      team,
      ['parent'],
      'team/loop',
      `Team tree loops: ${loopText(path.count, path.at, team.id)}`,
      'One of these teams must have a different parent.',
    );
  }
};

/** The ids of a path that starts at `first`, goes on at `next` and then up the parents, read in order. */
function walkFrom(graph: Graph, first: string, next: string): (i: number) => string {
  const ids = [first];
  return (i) => {
    while (ids.length <= i) ids.push(ids.length === 1 ? next : graph.teamById.get(ids.at(-1)!)!.data.parent!);
    return ids[i]!;
  };
}
