import { readKeyResult } from '../../key-result-reading.ts';
import type { KeyResult } from '../../types.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A key result that names work done or a deliverable, and measures no change, is an output. */
function outcomeKeyResults({ graph, report }: RuleContext): void {
  const countedOutputs = graph.config.keyResults.countedOutputsAreActivities;
  for (const kr of graph.keyResults) {
    const cue = activityCue(kr, countedOutputs);
    if (cue === undefined) continue;
    report(
      kr.objective,
      ['keyResults', kr.index, 'title'],
      'kr/activity',
      `Key result "${kr.ref}" reads as an activity ("${cue}"), not an outcome`,
      'Say what changes because of the work, with a baseline and target: "Cut onboarding time from 14 to 5 days", not "Launch the new wizard". Put the work under initiatives.',
    );
  }
}

/**
 * The words that make a key result read as an activity (work done or a deliverable that measures
 * no change), or undefined for an outcome; `countedOutputs` is `keyResults.countedOutputsAreActivities`.
 */
export function activityCue(kr: KeyResult, countedOutputs: boolean): string | undefined {
  const { kind, cue } = readKeyResult(kr.data.title);
  if (kind === 'outcome') return undefined;
  // A number that moves from a baseline to a target measures a change in the fields, whatever
  // the title: "Qualified enterprise pipeline" from €1.2M to €3M names its measure.
  const { type, baseline, target } = kr.data;
  // A move from 0 to 1 is a done-or-not in disguise ("Write the playbook": 0 → 1), and still warns.
  const measured = baseline !== undefined && target !== undefined && baseline !== target;
  if (kind === 'activity' && type !== 'binary' && measured && !(baseline === 0 && target === 1)) return undefined;
  // A binary key result is done or not: a count in its title measures nothing.
  if (kind === 'counted-output' && !countedOutputs && kr.data.type !== 'binary') return undefined;
  return cue;
}

export default defineRule({
  id: 'kr/activity',
  severity: 'warning',
  summary: 'Key results measure outcomes, not activities.',
  description:
    '"Launch the partner portal" can be done on time while nothing changes for customers; "Partner-sourced pipeline grows from €0 to €400k" cannot. A key result is read by its form, not a list of verbs: an instruction ("Track…", "Institute…"), a result in the passive ("Contract signed.") or a deliverable\'s name ("ROI analysis of…") that measures no change — no share, multiple, limit, money, change verb or other people\'s uptake — is a task, and belongs under initiatives. A held line ("Maintain the ratio above 1.5") and a time ("Upgrades take 1 hour") are outcomes; a share of work done ("100 % of managers have taken a training session") and effort put in ("devotes 2d per milestone") are not. A counted output ("Hire 4 engineers") warns only when `keyResults.countedOutputsAreActivities` is on, or when the key result is binary. On 564 published key results from 25 sources (test/corpus/key-results/) it finds activities with 97 % precision and 90 % recall; on the organisations held out while tuning, 93 % and 77 %.',
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
