import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a frontmatter block opened by `---` and never closed. */
export function unclosedFrontmatterFinding(file: string): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'parse/unclosed-frontmatter',
    message: 'Frontmatter is not closed: no `---` line after the opening one',
    hint: 'Add a line with `---` after the last frontmatter field.',
  };
}

export default defineRule({
  id: 'parse/unclosed-frontmatter',
  severity: 'error',
  summary: 'The frontmatter block is closed by a `---` line.',
  description:
    'Without the closing `---`, the whole document, prose included, would be read as YAML, and the error would point somewhere in the body. Naming the missing line is quicker to act on.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park

Fleets that stay are cheaper than fleets we win.
`,
  },
});
