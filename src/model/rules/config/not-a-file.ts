import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a throughline.yaml that is a symbolic link, a folder or anything but a plain file. */
export function notAFileFinding(file: string, isLink: boolean): Finding {
  return {
    file,
    place: { line: 1, column: 1 },
    rule: 'config/not-a-file',
    message: `${file} is ${isLink ? 'a symbolic link' : 'not a regular file'}; it is not read`,
    hint: 'Keep the configuration as a plain file in the content folder, reviewed with it.',
  };
}

export default defineRule({
  id: 'config/not-a-file',
  severity: 'error',
  summary: 'throughline.yaml is a plain file in the content folder, never a link to one elsewhere.',
  description:
    'The configuration decides which folders may run MDX code and how strict the checks are. A symbolic link would let a content change point it at a file outside the content folder, one nobody reviews with the content; documents are never followed through links either, so neither is the configuration.',
  example: {
    fixture: 'config-not-a-file',
    shows: 'A content folder whose throughline.yaml is a symbolic link to a file outside it.',
  },
  fix: 'Replace the link with the file itself.',
});
