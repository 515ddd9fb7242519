import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Every theme of a brief has at least one live objective aligned to it. */
function themesHaveContributors({ graph, report }: RuleContext): void {
  for (const theme of graph.themes) {
    const contributors = (graph.aligned.get(theme.ref) ?? []).filter((a) => a.child.data.status !== 'cancelled');
    if (contributors.length === 0) {
      report(
        theme.brief,
        ['themes', theme.index, 'id'],
        'theme/no-contributors',
        `No objective contributes to theme "${theme.ref}"`,
        'Align a company objective to it, or drop the theme from the brief.',
      );
    }
  }
}

export default defineRule({
  id: 'theme/no-contributors',
  severity: 'warning',
  summary: 'Every theme has at least one objective contributing to it.',
  description:
    'A theme of the brief that no objective works on is a stated priority with nobody on it. Either the company objectives forgot to align to it, or the theme was never really chosen; both are worth a conversation before the quarter is half gone.',
  example: {
    file: 'briefs/2026-Q4.md',
    text: `---
cycle: 2026-Q4
title: Earn the right to grow
owner: maria-okafor
themes:
  - id: enterprise-trust
    title: Be trusted by larger fleets
    priority: win-mid-market-fleets
    success: Security reviews stop blocking deals.
  - id: cost-to-serve
    title: Serve each fleet for less
    priority: win-mid-market-fleets
    success: Support cost per vehicle falls by a fifth.
---
`,
  },
  check: themesHaveContributors,
});
