import { bodies } from '../bodies.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'mermaid/unsafe',
  severity: 'error',
  summary:
    'Author diagrams contain no click handlers, links, javascript:, HTML or Mermaid configuration, and are written as ```mermaid blocks, not HTML.',
  description:
    'Diagrams in ```` ```mermaid ```` blocks are drawn in every reader\'s browser. Mermaid can attach click handlers, links and HTML labels, and an `init` directive, `config:` frontmatter or `themeCSS` can loosen its settings: anyone who can edit content could then run script on the intranet. A raw HTML `<pre class="mermaid">` is refused too: only a ```` ```mermaid ```` block becomes a diagram. Diagrams stay plain boxes and arrows; documents are linked from the text around them.',
  example: {
    file: 'decisions/2026-10-diagram.md',
    text: `---
id: 2026-10-diagram
title: A decision with a diagram
date: 2026-10-02
status: accepted
deciders: [jon-park]
---
\`\`\`mermaid
flowchart LR
  a[Pipeline] --> b[Revenue]
  click a "https://example.com" _blank
\`\`\`
`,
  },
  // One walk over each body serves both body rules (see ../bodies.ts).
  check: bodies,
});
