import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for a `---js` (or other engine) opening line. */
export function frontmatterLanguageFinding(file: string, engine: string): Finding {
  return {
    file,
    place: { line: 1, column: 4 },
    rule: 'parse/frontmatter-language',
    message: `Frontmatter language "${engine}" is not supported; only YAML is read`,
    hint: 'Use a plain `---` line and YAML; code in frontmatter is never run.',
  };
}

export default defineRule({
  id: 'parse/frontmatter-language',
  severity: 'error',
  summary: 'Frontmatter is YAML; `---js` and other engines are never run.',
  description:
    'Some Markdown tools run frontmatter written as `---js` or `---coffee` as code. Anyone who can open a pull request on the content could then run code on the build machine. Throughline reads YAML only and says so, rather than silently skipping the fields.',
  example: {
    file: 'decisions/2026-10-code.md',
    text: `---js
module.exports = { id: '2026-10-code', title: 'Code', date: '2026-10-02', status: 'accepted', deciders: ['jon-park'] };
---
Frontmatter that is code is never run.
`,
  },
});
