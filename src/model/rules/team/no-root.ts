import { rootTeams } from '../../graph.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** The org tree has exactly one root: the company. */
function oneRootTeam({ graph, report }: RuleContext): void {
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
}

export default defineRule({
  id: 'team/no-root',
  severity: 'error',
  summary: 'Exactly one team, the company, has no parent.',
  description:
    "The team without a parent is the company: its objectives are the company objectives that align to the brief's themes, and everyone else aligns up the tree towards it. A second team without a parent starts a second company whose goals can never trace to the strategy; no root at all leaves nothing at the top.",
  example: {
    file: 'teams/partners.md',
    text: `---
id: partners
name: Partners
lead: jon-park
---
`,
  },
  check: oneRootTeam,
});
