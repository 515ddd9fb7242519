import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';
import { article, fieldName } from '../schema-wording.ts';

/** The finding for a required field left out: `path` leads to it, `expected` is the type the schema wants. */
export function missingFieldFinding(file: string, path: readonly (string | number)[], expected?: string): Finding {
  return {
    file,
    place: { path: path.slice(0, -1), part: 'key' },
    rule: 'schema/missing-field',
    message: `Missing required field "${fieldName(path)}"`,
    hint: `Add \`${String(path.at(-1) ?? 'frontmatter')}:\` with ${article(expected ?? 'a value')}.`,
  };
}

export default defineRule({
  id: 'schema/missing-field',
  severity: 'error',
  summary: 'Required fields are present.',
  description:
    'Some fields are what makes a document useful at all: an objective needs a title, a cycle, a team and one owner; a key result needs a title; a team needs a name and a lead. Without them a page would show blanks and the roll-ups would not know where the goal belongs.',
  example: {
    file: 'teams/ops.md',
    text: `---
id: ops
parent: company
---
`,
  },
});
