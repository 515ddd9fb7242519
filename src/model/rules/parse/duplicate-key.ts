import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a field written twice in one mapping; `key` is the repeated field when it could be read. */
export function duplicateKeyFinding(file: string, place: { line: number; column: number }, key?: string): Finding {
  return {
    file,
    place,
    rule: 'parse/duplicate-key',
    message: key ? `Duplicate key "${key}" in frontmatter` : 'Duplicate key in frontmatter',
    hint: 'Each field may appear once; remove or merge the repeated one.',
  };
}

export default defineRule({
  id: 'parse/duplicate-key',
  severity: 'error',
  summary: 'A field appears once per mapping.',
  description:
    'When a field is written twice, most YAML readers quietly keep the last value: a second `owner:` added in a merge silently replaces the first, and nobody notices who is accountable now. Throughline refuses to guess.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
title: Keep every fleet we win
---
`,
  },
});
