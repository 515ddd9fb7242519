import { alignmentReferences } from '../alignment.ts';
import type { RuleContext } from '../rule-context.ts';
import { references } from '../references.ts';
import { defineRule } from '../rule.ts';

/**
 * One pass over every reference field reports the three reference rules (ref/unknown,
 * ref/wrong-kind, ref/unpublished): `references` for the fields of each kind, then `alignsTo`.
 */
export function checkReferences(context: RuleContext): void {
  references(context);
  alignmentReferences(context);
}

export default defineRule({
  id: 'ref/unknown',
  severity: 'error',
  summary: 'Every reference points at something that exists.',
  description:
    "Alignment, ownership, dependencies and decisions are all written as ids. A typo (`net-new-ar`), a renamed objective or a person who left turns the link into nothing: the objective drops out of its parent's roll-up and the page shows a dead end. Each broken reference is reported with the closest existing id of the kind the field expects. Owners, leads and deciders are checked only when `content/people/` exists.",
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo:
  - company-q4-grow-arr/net-new-ar
---
`,
  },
  check: checkReferences,
});
