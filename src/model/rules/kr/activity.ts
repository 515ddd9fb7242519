import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** Verbs that describe work done rather than a change measured. */
const activityVerbs =
  /^(?:successfully\s+)?(launch|ship|run|hold|implement|maintain|build|create|deliver|complete|release|deploy|publish|host|organi[sz]e|roll out|introduce|finish|start|develop|write|migrate|set up|redesign|rebuild|conduct|attend|prepare|draft|hire)\b/i;

/** A key result that reads as a task ("Launch…", "Ship…") with nothing measured is an output, not an outcome. */
function outcomeKeyResults({ graph, report }: RuleContext): void {
  for (const kr of graph.keyResults) {
    const verb = activityVerbs.exec(kr.data.title.trim());
    if (!verb) continue;
    if (kr.data.type !== 'binary' && /\d/.test(kr.data.title)) continue;
    report(
      kr.objective,
      ['keyResults', kr.index, 'title'],
      'kr/activity',
      `Key result "${kr.ref}" reads as an activity ("${verb[1]}…"), not an outcome`,
      'Say what changes because of the work, with a baseline and target: "Cut onboarding time from 14 to 5 days", not "Launch the new wizard". Put the work under initiatives.',
    );
  }
}

export default defineRule({
  id: 'kr/activity',
  severity: 'warning',
  summary: 'Key results measure outcomes, not activities.',
  description:
    '"Launch the partner portal" can be done on time while nothing changes for customers; "Partner-sourced pipeline grows from €0 to €400k" cannot. Key results that start with a delivery verb and measure nothing are tasks, and belong under initiatives. A title with a number in it ("Launch 3 integrations that fleets use weekly") is given the benefit of the doubt unless the key result is binary.',
  example: {
    file: 'okrs/2026-Q4/sales/partners.md',
    text: `---
id: sales-q4-partners
title: Get the partner channel going
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: portal
    title: Launch the partner portal
    type: binary
---
`,
  },
  check: outcomeKeyResults,
  scope: 'document',
});
