import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a Markdown file outside the folders of the known kinds, listed in `folders`. */
export function unknownFolderFinding(file: string, folders: readonly string[]): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'content/unknown-folder',
    message: `"${file}" is not in a folder Throughline reads`,
    hint: `Move it under one of: ${folders.join(', ')}.`,
  };
}

export default defineRule({
  id: 'content/unknown-folder',
  severity: 'warning',
  summary: 'Markdown files live in a folder of a known kind.',
  description:
    'The folder says what a document is: an objective under `okrs/`, a decision under `decisions/`. Meeting notes saved in `notes/` or a brief put in `brief/` would never appear on the site, and their author would wonder why. A README at the root of the content folder is allowed.',
  example: {
    file: 'notes/offsite.md',
    text: `---
title: Offsite notes
---
`,
  },
});
