import { defineRule } from '../rule.ts';
import { checkReferences } from './unknown.ts';

export default defineRule({
  id: 'ref/unpublished',
  severity: 'warning',
  summary: 'A published document does not point at a draft or restricted one.',
  description:
    'Drafts and restricted documents are left out of the published site. A published decision that affects a draft objective, or names a restricted person as decider, would show a link that leads nowhere, or hint at what is restricted. Either publish the target or drop the reference.',
  example: {
    file: 'decisions/2026-10-retention-first.md',
    text: `---
id: 2026-10-retention-first
title: Retention before new logos
date: 2026-10-12
status: accepted
deciders: [maria-okafor]
affects: [sales-q4-retention]
---
`,
    with: {
      'okrs/2026-Q4/sales/retention.md': `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
draft: true
---
`,
    },
  },
  // Reported by the one pass over reference fields (see ./unknown.ts).
  check: checkReferences,
});
