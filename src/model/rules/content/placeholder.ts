import type { Rule } from '../context.ts';
import { defineRule } from '../rule.ts';

/** Placeholders people leave while drafting. Case matters: "tbd" inside a word is not flagged; `TOD[O]` keeps task scanners off this line. */
const placeholders = /\b(TBD|TBC|TOD[O])\b|\bX to Y\b|\bfrom X\b|\$X\b|\bX+%|\?\?\?|\b[Ll]orem ipsum\b/g;
/** A text without any of these has no placeholder; this simpler pattern rules out most documents in a third of the time. */
const maybePlaceholder = /TB[DC]|TOD[O]|X|\?\?\?|orem ipsum/;

/** content/placeholder: no placeholder text survives into a document, frontmatter or body. */
export const noPlaceholders: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    // Most documents have none: test the whole text once before walking it line by line.
    if (!maybePlaceholder.test(document.source.text)) continue;
    placeholders.lastIndex = 0;
    if (!placeholders.test(document.source.text)) continue;
    placeholders.lastIndex = 0;
    const lines = document.source.text.split('\n');
    let inFence = false;
    lines.forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return;
      for (const match of line.matchAll(placeholders)) {
        report(
          document,
          { line: i + 1, column: match.index + 1 },
          'content/placeholder',
          `Placeholder "${match[0]}" left in`,
          'Replace it with the real value, or remove the sentence.',
        );
      }
    });
  }
};

export default defineRule({
  id: 'content/placeholder',
  severity: 'warning',
  summary: 'No placeholder ("TBD", "X to Y", "$X") is left in.',
  description:
    'Drafts are full of "grow renewals from X to Y", "owner: TBD" and "???". They are fine while writing and embarrassing on the intranet, where a key result "from X to Y" reads as a goal nobody sized. Frontmatter and body are both searched; text inside code fences is left alone, since it is an example.',
  example: {
    file: 'okrs/2026-Q4/sales/renewals.md',
    text: `---
id: sales-q4-renewals
title: Grow renewals from X to Y
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
---
Owner of the pricing work: TBD.
`,
  },
  check: noPlaceholders,
});
