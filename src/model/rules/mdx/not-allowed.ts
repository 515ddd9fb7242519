import { isMdxAllowed } from '../../mdx-allowed.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** `.mdx` files only where the configuration's `mdx` globs allow them. */
function mdxOnlyWhereAllowed({ graph, report }: RuleContext): void {
  const allowed = graph.config.mdx;
  for (const document of graph.documents) {
    const key = document.source.key;
    if (!key.endsWith('.mdx') || isMdxAllowed(key, allowed)) continue;
    report(
      document,
      { line: 1, column: 1 },
      'mdx/not-allowed',
      `MDX is not allowed at "${key}"`,
      allowed.length
        ? `MDX is allowed only in: ${allowed.join(', ')}. Rename the file to .md.`
        : 'Rename the file to .md, or list its folder under `mdx` in throughline.yaml (MDX runs code at build time).',
    );
  }
}

export default defineRule({
  id: 'mdx/not-allowed',
  severity: 'error',
  summary: 'MDX files are only allowed where the configuration says so.',
  description:
    'MDX lets a document import components and run JavaScript when the site is built. That is useful for a hand-made strategy page and dangerous in folders everyone edits. A `.mdx` file is accepted only under the globs listed in `mdx:` in `throughline.yaml`; by default, nowhere.',
  example: {
    file: 'decisions/2026-10-interactive.mdx',
    text: `---
id: 2026-10-interactive
title: A decision with a live chart
date: 2026-10-02
status: accepted
deciders: [jon-park]
---
import Chart from '../../src/components/Chart.astro';

<Chart />
`,
  },
  check: mdxOnlyWhereAllowed,
  scope: 'document',
});
