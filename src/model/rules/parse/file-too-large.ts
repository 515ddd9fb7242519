import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** Files larger than this are reported, not parsed: strategy documents are small, and a huge one is a mistake. */
export const maxFileBytes = 2 * 1024 * 1024;

/** The finding for a file of `size` bytes, over the limit; the reader calls it before decoding. */
export function fileTooLargeFinding(file: string, size: number): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'parse/file-too-large',
    message: `File is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxFileBytes / 1048576} MB`,
    hint: 'Split the document, or move data out of the frontmatter.',
  };
}

export default defineRule({
  id: 'parse/file-too-large',
  severity: 'error',
  summary: `A file over ${maxFileBytes / 1048576} MB is not read.`,
  description:
    'An objective, a brief or a decision fits on a page or two. A file of several megabytes is almost always an export, a pasted spreadsheet or a generated table that found its way into the content folder, and reading it would slow every check and build for everyone. It is reported and left out, so the rest of the content is still checked.',
  example: {
    fixture: 'parse-file-too-large',
    shows: 'A decision padded to 5 MB; the padding is generated when the test runs, never committed.',
  },
  fix: 'Split the document, or keep the data it carries (tables, exports) outside the content folder and link to it.',
});
