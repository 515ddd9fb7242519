import { bodies } from '../bodies.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'link/broken',
  severity: 'error',
  summary: 'Links in Markdown bodies to other documents resolve.',
  description:
    'Briefs and decisions explain themselves by linking to the objectives and decisions they talk about. When a document is renamed or its id changes, those links quietly go dead, and a reader following the reasoning hits a 404. Links by id (`[text](id:<id>)`) and by relative path to a `.md` file are both checked, with the closest existing id suggested; a link to a key result of an objective that exists is compared with the key results of that objective (and lists them when none is close). A link to a document that fails validation is not reported again.',
  example: {
    file: 'decisions/2026-10-links.md',
    text: `---
id: 2026-10-links
title: Links in a decision body
date: 2026-10-02
status: accepted
deciders: [jon-park]
---
See [the pipeline objective](id:sales-q4-enterprise-pipelin).
`,
  },
  // One walk over each body serves both body rules (see ../bodies.ts).
  check: bodies,
});
