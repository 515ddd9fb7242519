import type { Finding } from '../../diagnostics.ts';
import { didYouMean } from '../../suggest.ts';
import { defineRule } from '../rule.ts';
import { fieldName } from '../schema-wording.ts';

/** The finding for a field the schema does not have, at `path` + `key`, with the closest of the `known` fields. */
export function unknownFieldFinding(
  file: string,
  path: readonly (string | number)[],
  key: string,
  known: readonly string[],
): Finding {
  return {
    file,
    place: { path: [...path, key], part: 'key' },
    rule: 'schema/unknown-field',
    message: `Unknown field "${key}"${path.length ? ` in ${fieldName(path)}` : ''}${didYouMean(key, known)}`,
    hint: known.length ? `Allowed fields: ${known.join(', ')}.` : 'Remove the field: this value takes no fields.',
  };
}

export default defineRule({
  id: 'schema/unknown-field',
  severity: 'error',
  summary: 'No field outside the schema (typos are caught).',
  description:
    'A misspelt field is not an error YAML can see: `alignTo:` or `checkins:` is read happily and then ignored, so the objective silently aligns to nothing and its progress never moves. Every document kind has a closed list of fields, and anything else is reported with the field it most likely meant.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
});
