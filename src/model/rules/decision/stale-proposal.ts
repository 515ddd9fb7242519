import { daysBetween } from '../../cycles.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A proposed decision gets decided within the configured number of days. */
function staleProposals({ graph, report }: RuleContext): void {
  const limit = graph.config.thresholds.proposedDecisionDays;
  for (const decision of graph.decisions) {
    if (decision.data.status !== 'proposed') continue;
    const age = daysBetween(decision.data.date, graph.today);
    if (age > limit)
      report(
        decision,
        ['status'],
        'decision/stale-proposal',
        `Decision "${decision.id}" has been proposed for ${age} days`,
        `Accept or reject it; proposals older than ${limit} days stall the goals they affect.`,
      );
  }
}

export default defineRule({
  id: 'decision/stale-proposal',
  severity: 'warning',
  summary: 'A decision does not stay proposed for long (30 days by default).',
  description:
    'A proposal that sits in the log for weeks is a decision nobody is making, and the objectives it affects wait on it. The log should show what was decided; anything still proposed after `thresholds.proposedDecisionDays` days (counted from its date) is flagged so someone accepts or rejects it.',
  example: {
    file: 'decisions/2026-09-price-rise.md',
    text: `---
id: 2026-09-price-rise
title: Raise list prices by 4 per cent
date: 2026-09-01
status: proposed
deciders: [maria-okafor]
---
`,
  },
  check: staleProposals,
  scope: 'document',
});
