import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a frontmatter block with no fields (blank lines and comments only). */
export function emptyFrontmatterFinding(file: string): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'parse/empty-frontmatter',
    message: 'Frontmatter is empty',
    hint: 'Add the fields of this kind of document between the `---` lines.',
  };
}

export default defineRule({
  id: 'parse/empty-frontmatter',
  severity: 'error',
  summary: 'The frontmatter has fields.',
  description:
    'A document whose `---` block holds nothing is a draft that was started and left: it has no id, owner or cycle, so it cannot be listed, linked or rolled up. (An empty `throughline.yaml` is fine: it means every default.)',
  example: {
    file: 'decisions/2026-10-empty-frontmatter.md',
    text: `---
# fields to follow
---
The decision is still being written.
`,
  },
});
