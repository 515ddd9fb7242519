import type { Finding } from '../../diagnostics.ts';
import { plural } from '../../plural.ts';
import { defineRule } from '../rule.ts';
import { fieldName } from '../schema-wording.ts';

/** The finding for an `owners` field next to (or instead of) `owner`, at `path` + `owners`. */
export function ownersFieldFinding(file: string, path: readonly (string | number)[]): Finding {
  return {
    file,
    place: { path: [...path, 'owners'], part: 'key' },
    rule: 'okr/multiple-owners',
    message: 'Field "owners" is not allowed: an objective or key result has exactly one owner',
    hint: 'Keep one accountable person in `owner`; name contributors in the body or on initiatives.',
  };
}

/** The finding for an `owner` written as a list of `count` people. */
export function ownerListFinding(file: string, path: readonly (string | number)[], count: number): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'okr/multiple-owners',
    message: `${fieldName(path)} lists ${plural(count, 'person', 'people')}; exactly one owner is allowed`,
    hint: 'Keep one accountable person; name contributors in the body or on initiatives.',
  };
}

export default defineRule({
  id: 'okr/multiple-owners',
  severity: 'error',
  summary: 'An objective or key result has exactly one owner.',
  description:
    'A goal owned by two people is owned by nobody: when it slips, each assumes the other is on it. OKR practice gives every objective and key result one accountable owner, who may rely on many contributors. Lists in `owner`, and an `owners` field, are refused with that reason rather than as a generic schema error.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: [jon-park, maria-okafor]
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
  fix: 'Keep one accountable person in `owner`; name contributors in the body or as owners of initiatives.',
});
