import type { Finding, Place } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for one security setting that throughline.yaml loosens compared with a base git ref. */
export function securityChangeFinding(file: string, place: Place, change: string, ref: string): Finding {
  return {
    file,
    place,
    rule: 'config/security-change',
    message: `${change} (since ${ref})`,
    hint: `${file} decides what runs at build time and what is published: have this change reviewed by the file's code owners (see docs/security.md).`,
  };
}

export default defineRule({
  id: 'config/security-change',
  severity: 'warning',
  summary:
    'With `check --base`: a change to throughline.yaml that loosens a security setting is named, for its code owners to review.',
  description:
    "Any employee can propose a content change, and throughline.yaml is content too: a pull request could allow MDX (code that runs at build time) in a folder everyone edits, or lower `mdx/not-allowed` or `mermaid/unsafe`. With `--base <ref>` (or `GITHUB_BASE_REF` in a pull request), `check` compares the configuration with the one at that ref and names each loosened setting, graded by the base's own severities so the change cannot silence its own report. Protect the file with CODEOWNERS, so the named people must approve.",
  example: {
    fixture: 'config-security-change',
    shows:
      'A throughline.yaml that, compared with the one at origin/main, allows MDX under okrs/ and lowers three guarded rules.',
  },
  fix: 'Ask the owners of throughline.yaml to review the change, or revert it.',
});
