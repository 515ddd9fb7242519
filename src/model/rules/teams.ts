import { rootTeams } from '../graph.ts';
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
      [roots[0]],
    );
  }
  const reported = new Set<string>();
  for (const team of graph.teams) {
    const path = [team.id];
    let parentId = team.data.parent;
    while (parentId && graph.teamById.has(parentId) && !path.includes(parentId)) {
      path.push(parentId);
      parentId = graph.teamById.get(parentId)!.data.parent;
    }
    if (parentId && parentId === team.id && !reported.has(team.id)) {
      for (const id of path) reported.add(id);
      report(
        team,
        ['parent'],
        'team/loop',
        `Team tree loops: ${[...path, team.id].join(' → ')}`,
        'One of these teams must have a different parent.',
        path.map((id) => graph.teamById.get(id)),
      );
    }
  }
};
