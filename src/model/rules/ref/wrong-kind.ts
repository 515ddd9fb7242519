import { defineRule } from '../rule.ts';
import { checkReferences } from './unknown.ts';

export default defineRule({
  id: 'ref/wrong-kind',
  severity: 'error',
  summary: 'A reference points at the kind of thing its field expects.',
  description:
    'Ids are unique across kinds, so `supersedes: [sales-q4-enterprise-pipeline]` resolves, but to an objective, and a decision cannot supersede an objective. Each reference field expects certain kinds (a team, a person, an objective or key result); pointing at another kind is almost always a copy-paste slip.',
  example: {
    file: 'decisions/2026-10-pause-self-serve.md',
    text: `---
id: 2026-10-pause-self-serve
title: Pause the self-serve tier until Q2
date: 2026-10-02
status: accepted
deciders: [maria-okafor]
supersedes: [sales-q4-enterprise-pipeline]
---
`,
  },
  // Reported by the one pass over reference fields (see ./unknown.ts).
  check: checkReferences,
});
