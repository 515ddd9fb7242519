import { isCompanyLevel } from '../../graph.ts';
import { alignmentLinks } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Every live company objective names at least one theme of the brief. */
function companyObjectivesHaveThemes({ graph, report }: RuleContext): void {
  for (const objective of graph.objectives) {
    if (!isCompanyLevel(graph, objective) || objective.data.status === 'cancelled') continue;
    if (alignmentLinks(graph, objective).some((link) => link.parent.kind === 'theme')) continue;
    report(
      objective,
      ['alignsTo'],
      'align/missing-theme',
      `Company-level objective "${objective.id}" aligns to no theme`,
      `Add a theme of the ${objective.data.cycle} brief to alignsTo, e.g. ${objective.data.cycle}/<theme id>.`,
    );
  }
}

export default defineRule({
  id: 'align/missing-theme',
  severity: 'error',
  summary: 'A company-level objective aligns to a theme of its cycle.',
  description:
    "The brief's themes are where the strategy meets the quarter, and company objectives are how the company commits to them. A company objective that names no theme is work the brief did not ask for, and every team objective below it loses its line of sight.",
  example: {
    file: 'okrs/2026-Q4/company/no-theme.md',
    text: `---
id: company-q4-no-theme
title: An objective without a theme
cycle: 2026-Q4
team: company
owner: maria-okafor
---
`,
  },
  check: companyObjectivesHaveThemes,
});
