import { isCompanyLevel, objectiveOf } from '../../graph.ts';
import { ancestorNames, namedAncestors } from '../../team-ancestry.ts';
import { alignmentLinks, alignmentLoops } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Company objectives align to themes; the others to objectives or key results of an ancestor team. */
function alignmentLevels({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    const companyLevel = isCompanyLevel(graph, objective);
    for (const { index, ref, parent, problem } of alignmentLinks(graph, objective)) {
      if (problem === 'theme-below-company') {
        report(
          objective,
          ['alignsTo', index],
          'align/level',
          `Only company-level objectives align to themes; "${objective.id}" belongs to team "${objective.data.team}"`,
          'Align to an objective or key result of an ancestor team instead.',
          [graph.teamById.get(objective.data.team)],
        );
      } else if (problem === 'outside-ancestors' && !alignmentLoops(graph).closes(objective, index)) {
        const parentObjective = objectiveOf(parent)!;
        const teamById = (id: string) => graph.teamById.get(id);
        const relation = companyLevel
          ? 'is company-level, so it aligns to a theme, not to'
          : `(team "${objective.data.team}") can only align to objectives of its ancestor teams, not to`;
        report(
          objective,
          ['alignsTo', index],
          'align/level',
          `"${objective.id}" ${relation} "${ref}" of team "${parentObjective.data.team}"`,
          companyLevel
            ? 'Align company objectives to a theme of the brief: <cycle>/<theme>.'
            : `Ancestor teams: ${ancestorNames(graph, objective.data.team)}.`,
          [
            parentObjective,
            ...[objective.data.team, parentObjective.data.team, ...namedAncestors(graph, objective.data.team).ids].map(
              teamById,
            ),
          ],
        );
      }
    }
  }
}

export default defineRule({
  id: 'align/level',
  severity: 'error',
  summary: 'Alignment goes up: team → ancestor team → company → theme → priority.',
  description:
    "Line of sight works when each level supports the one above it: a team's objective supports an objective or key result of a team above it, company objectives support the themes of the brief, and themes serve strategic priorities. Aligning sideways to a sibling team is a dependency, not alignment (use `dependsOn`); a team aligning straight to a theme skips the company objective that owns it.",
  example: {
    file: 'okrs/2026-Q4/sales/theme-direct.md',
    text: `---
id: sales-q4-theme-direct
title: Earn enterprise trust directly
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo:
  - 2026-Q4/enterprise-trust
---
`,
  },
  check: alignmentLevels,
});
