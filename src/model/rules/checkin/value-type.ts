import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A check-in's value is a number, or true/false for a binary key result. */
function valuesOfTheRightType({ graph, report }: RuleContext): void {
  for (const kr of graph.keyResults) {
    const binary = kr.data.type === 'binary';
    kr.data.checkIns.forEach((checkIn, k) => {
      if (binary === (typeof checkIn.value === 'boolean')) return;
      report(
        kr.objective,
        ['keyResults', kr.index, 'checkIns', k, 'value'],
        'checkin/value-type',
        binary
          ? `Key result "${kr.ref}" is binary, so its check-ins are true or false, not ${checkIn.value}`
          : `Key result "${kr.ref}" is measured in numbers (${kr.data.type}), so a check-in cannot be ${checkIn.value}`,
        binary
          ? 'Write true once it is done (false before), or choose another type.'
          : 'Write the measured number, or set type: binary for a result that is done or not.',
      );
    });
  }
}

export default defineRule({
  id: 'checkin/value-type',
  severity: 'error',
  summary: 'Check-in values match the key result: numbers, or true/false for a binary one.',
  description:
    'A binary key result is done or not; any other is measured in numbers. `value: true` on a numeric key result would be read as 1, and a number on a binary one as done or not done — either way the progress shown would not be what the owner measured.',
  example: {
    file: 'okrs/2026-Q4/sales/yes.md',
    text: `---
id: sales-q4-yes
title: Sign the fleets we pitched
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: fleets
    title: Sign 12 new fleets
    target: 12
    checkIns:
      - date: 2026-10-20
        value: true
---
`,
  },
  scope: 'document',
  check: valuesOfTheRightType,
});
