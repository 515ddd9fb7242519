import { labelCycle } from '../../cycles.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A brief picks few themes. */
function fewThemes({ graph, report }: RuleContext): void {
  const { maxThemes } = graph.config.thresholds;
  for (const brief of graph.briefs) {
    if (brief.data.themes.length > maxThemes) {
      report(
        brief,
        { path: ['themes'], part: 'key' },
        'brief/too-many-themes',
        `Brief ${labelCycle(graph, brief.id)} has ${brief.data.themes.length} themes; keep it to ${maxThemes}`,
        'A theme for everything is no choice at all: merge themes or move some to notNow.',
      );
    }
  }
}

export default defineRule({
  id: 'brief/too-many-themes',
  severity: 'warning',
  summary: 'A brief has few themes (3 by default).',
  description:
    'A strategic brief is a choice of what the company concentrates on this cycle, and what it does not. Five or six themes mean every department got its own, and the company objectives spread too thin to move any of them. The limit is `thresholds.maxThemes`; what did not make the cut belongs on the not-now list.',
  example: {
    file: 'briefs/2026-Q4.md',
    text: `---
cycle: 2026-Q4
title: Do everything at once
owner: maria-okafor
themes:
  - { id: enterprise-trust, title: Be trusted by larger fleets, priority: win-mid-market-fleets, success: Security reviews stop blocking deals. }
  - { id: cost-to-serve, title: Serve each fleet for less, priority: win-mid-market-fleets, success: Support cost per vehicle falls by a fifth. }
  - { id: new-markets, title: Open two new countries, priority: win-mid-market-fleets, success: First fleets signed in Poland and Spain. }
  - { id: platform, title: Rebuild the platform, priority: win-mid-market-fleets, success: The monolith is split. }
---
`,
  },
  check: fewThemes,
  scope: 'document',
});
