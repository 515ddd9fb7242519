import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** Nesting allowed in one frontmatter block; the schemas need five levels at most. */
export const maxDepth = 20;

/** The finding for frontmatter nested deeper than `maxDepth`. */
export function tooDeepFinding(file: string, place: { line: number; column: number }): Finding {
  return {
    file,
    place,
    rule: 'parse/too-deep',
    message: `Frontmatter nests deeper than ${maxDepth} levels`,
    hint: 'Flatten the structure; no field needs this depth.',
  };
}

export default defineRule({
  id: 'parse/too-deep',
  severity: 'error',
  summary: `Frontmatter nests at most ${maxDepth} levels.`,
  description:
    'No document kind needs more than five levels (an objective, its key results, their check-ins). Deeper nesting is a mistake or an attempt to exhaust the reader, so it stops at a fixed depth and says so, instead of failing the whole check.',
  example: {
    file: 'decisions/2026-10-deep.md',
    text: `---
id: 2026-10-deep
title: Deeply nested frontmatter
date: 2026-10-02
status: accepted
deciders: [jon-park]
affects: [[[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]]
---
`,
  },
});
