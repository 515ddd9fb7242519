import type { Graph } from '../../graph.ts';
import { teamForest } from '../../team-ancestry.ts';
import { loopText } from '../../walks.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Following `parent` from any team ends at the root; each loop is reported once, at its first team. */
function teamLoops({ graph, report }: RuleContext): void {
  // Each loop once, on its first team; a second document of a team id (id/duplicate) loops when
  // its own parent leads back to that id. The walks are iterative and linear (team-ancestry.ts).
  const forest = teamForest(graph);
  const reported = new Set<string>();
  for (const team of graph.teams) {
    if (reported.has(team.id)) continue;
    let path: { count: number; at: (i: number) => string; ids: readonly string[] } | undefined;
    if (graph.teamById.get(team.id) === team) {
      const loop = forest.loopOf(team.id);
      if (loop === undefined) continue;
      const members = forest.loops[loop]!;
      for (const id of members) reported.add(id);
      path = { count: members.length, at: (i) => members[i]!, ids: members };
    } else {
      const parent = team.data.parent;
      if (!parent || !graph.teamById.has(parent)) continue;
      if (parent !== team.id && !forest.isAncestor(team.id, parent)) continue;
      reported.add(team.id);
      path = { count: 1 + forest.stepsUp(parent, team.id), at: walkFrom(graph, team.id, parent), ids: [parent] };
    }
    report(
      team,
      ['parent'],
      'team/loop',
      `Team tree loops: ${loopText(path.count, path.at, team.id)}`,
      'One of these teams must have a different parent.',
      path.ids.map((id) => graph.teamById.get(id)),
    );
  }
}

/** The ids of a path that starts at `first`, goes on at `next` and then up the parents, read in order. */
function walkFrom(graph: Graph, first: string, next: string): (i: number) => string {
  const ids = [first];
  return (i) => {
    while (ids.length <= i) ids.push(ids.length === 1 ? next : graph.teamById.get(ids.at(-1)!)!.data.parent!);
    return ids[i]!;
  };
}

export default defineRule({
  id: 'team/loop',
  severity: 'error',
  summary: 'The team tree has no loops.',
  description:
    'Alignment climbs the org tree: a team\'s objectives align to those of its parent teams. When two teams name each other as parent (often after a reorganisation edited in two places), neither has a way up, and "ancestor team" stops meaning anything. The whole loop is printed so it can be cut where the org chart says.',
  example: {
    file: 'teams/fleet.md',
    text: `---
id: fleet
name: Fleet
parent: ops
lead: jon-park
---
`,
    with: {
      'teams/ops.md': `---
id: ops
name: Operations
parent: fleet
lead: maria-okafor
---
`,
    },
  },
  check: teamLoops,
});
