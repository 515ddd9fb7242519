import { findInProse } from '../../body.ts';
import type { Rule } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An unsized amount: X, XX%, $X, ??%; a run of `?` is entered at its first one only, so a long run is read once. */
const amountX = String.raw`(?:\$?\bX+\b%?|(?<!\?)\?\?+%?)`;
const amountY = String.raw`(?:\$?\b[XY]+\b%?|(?<!\?)\?\?+%?)`;
/**
 * Placeholders people leave while drafting. A range ("from X to Y", "from X% to XX%") is one
 * placeholder, so it is tried first and read whole. Case matters: "tbd" inside a word is not
 * flagged; `TOD[O]` keeps task scanners off this line.
 */
const placeholders = new RegExp(
  String.raw`(?:\b[Ff]rom )?${amountX} to ${amountY}|\b[Ff]rom ${amountX}|\b(TBD|TBC|TOD[O])\b|\$X+\b|\bX+%|(?<!\?)\?\?+%|(?<!\?)\?{3,}|\b[Ll]orem ipsum\b`,
  'g',
);
/** A text without any of these has no placeholder; this simpler pattern rules out most documents in a third of the time. */
const maybePlaceholder = /TB[DC]|TOD[O]|X|\?\?|orem ipsum/;

/** content/placeholder: no placeholder text survives into a document, frontmatter or body. */
export const noPlaceholders: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    const { text, body } = document.source;
    // Most documents have none: test the whole text once before looking closer.
    if (!maybePlaceholder.test(text)) continue;
    placeholders.lastIndex = 0;
    if (!placeholders.test(text)) continue;
    const found: { match: string; line: number; column: number }[] = [];
    // The frontmatter line by line; the body's prose from its tree, so code, URLs and HTML are left alone.
    let inFence = false;
    text
      .slice(0, text.length - body.length)
      .split('\n')
      .forEach((line, i) => {
        if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
        if (inFence) return;
        placeholders.lastIndex = 0;
        for (const match of line.matchAll(placeholders))
          found.push({ match: match[0], line: i + 1, column: match.index + 1 });
      });
    placeholders.lastIndex = 0;
    if (placeholders.test(body)) found.push(...findInProse(document.source, placeholders));
    for (const { match, line, column } of found) {
      report(
        document,
        { line, column },
        'content/placeholder',
        `Placeholder "${match}" left in`,
        'Replace it with the real value, or remove the sentence.',
      );
    }
  }
};

export default defineRule({
  id: 'content/placeholder',
  severity: 'warning',
  summary: 'No placeholder ("TBD", "X to Y", "$X") is left in.',
  description:
    'Drafts are full of "grow renewals from X to Y", "owner: TBD", "??%" and "???". They are fine while writing and embarrassing on the intranet, where a key result "from X to Y" reads as a goal nobody sized. A range ("from X% to XX%") is one placeholder and gets one warning. Frontmatter and the prose of the body are both searched; code, URLs and HTML in a body are left alone, since they are examples or addresses.',
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
  scope: 'document',
});
