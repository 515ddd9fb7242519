import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a file with nothing but white space in it. */
export function emptyFileFinding(file: string): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'parse/empty-file',
    message: 'File is empty',
    hint: 'Start the file with a `---` frontmatter block.',
  };
}

export default defineRule({
  id: 'parse/empty-file',
  severity: 'error',
  summary: 'A content file may not be empty.',
  description:
    'An empty file in the content folder is usually a document someone meant to write and forgot, or one an editor truncated. It has no id, so nothing can link to it, and the site would have nothing to show for it.',
  example: { file: 'decisions/2026-10-pricing.md', text: '\n' },
  fix: 'Write the document (start with its `---` frontmatter block), or delete the file.',
});
