import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Following `parent` from any team ends at the root; each loop is reported once, at its first team. */
function teamLoops({ graph, report }: RuleContext): void {
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
