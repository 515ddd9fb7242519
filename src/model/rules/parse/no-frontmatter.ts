import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a file whose first line is not `---`. */
export function noFrontmatterFinding(file: string): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'parse/no-frontmatter',
    message: 'File does not start with a `---` frontmatter block',
    hint: 'Put the YAML fields between two `---` lines at the top of the file.',
  };
}

export default defineRule({
  id: 'parse/no-frontmatter',
  severity: 'error',
  summary: 'A document starts with a `---` frontmatter block.',
  description:
    'Ids, owners, cycles and alignment live in the frontmatter; the Markdown below it is only prose. A document without frontmatter has no id, no owner and no place in the strategy, so none of it can be shown or checked. This also catches fields typed into the body by mistake.',
  example: {
    file: 'decisions/2026-10-pause-self-serve.md',
    text: `# Pause the self-serve tier

id: 2026-10-pause-self-serve
`,
  },
});
