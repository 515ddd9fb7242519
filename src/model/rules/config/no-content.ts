import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a content folder that does not exist; `shown` is its path as the user typed it, relative to the working directory. */
export function noContentFinding(shown: string): Finding {
  return {
    file: shown,
    place: { line: 1, column: 1 },
    rule: 'config/no-content',
    message: `Content folder "${shown}" does not exist`,
    hint: 'Run from the project root, or pass --content DIR.',
  };
}

export default defineRule({
  id: 'config/no-content',
  severity: 'error',
  summary: 'The content folder exists.',
  description:
    'Checking a folder that is not there would report nothing and pass, which in CI looks exactly like healthy content. A missing folder (a typo in `--content`, a run from the wrong directory) stops the run instead.',
  example: {
    fixture: 'config-no-content',
    shows: 'No content folder at all, as when `npm run check -- --content missing/` is run.',
  },
});
