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

/** The finding for a folder that exists but holds none of a content folder's parts (a mistyped path to a build output, say). */
export function notContentFolderFinding(shown: string, folders: readonly string[]): Finding {
  return {
    file: shown,
    place: { line: 1, column: 1 },
    rule: 'config/no-content',
    message: `"${shown}" is not a Throughline content folder: no throughline.yaml and none of ${folders.map((f) => `${f}/`).join(', ')}`,
    hint: 'Pass the folder that holds throughline.yaml and the document folders (--content DIR), or add a throughline.yaml to this one.',
  };
}

export default defineRule({
  id: 'config/no-content',
  severity: 'error',
  summary: 'The content folder exists and is one.',
  description:
    'Checking a folder that is not there would report nothing and pass, which in CI looks exactly like healthy content. A missing folder (a typo in `--content`, a run from the wrong directory) stops the run instead, and so does a folder that holds files but neither `throughline.yaml` nor any of the document folders (a path that points at a build output, say). An empty folder, or one with `throughline.yaml` and no documents yet, is checked as usual.',
  example: {
    fixture: 'config-no-content',
    shows: 'No content folder at all, as when `npm run check -- --content missing/` is run.',
  },
});
