import { createRequire } from 'node:module';
import { isMdxAllowed } from '../../mdx-allowed.ts';
import type { ContentDocument } from '../../types.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

// Sätteri (Astro's MDX compiler) is a native module: loaded only when a content folder has MDX.
const require = createRequire(import.meta.url);
let compileMdx: ((source: string) => unknown) | undefined;

/** An allowed `.mdx` body compiles, so the build never stops on it. */
function mdxCompiles({ graph, report }: RuleContext): void {
  const allowed = graph.config.mdx;
  for (const document of graph.documents) {
    const key = document.source.key;
    if (!key.endsWith('.mdx') || !isMdxAllowed(key, allowed)) continue;
    const problem = mdxSyntaxError(document);
    if (problem)
      report(
        document,
        problem.place,
        'mdx/syntax',
        `MDX syntax error: ${problem.reason}`,
        'Close every JSX tag and `{` expression, or escape a literal `<` or `{` with a backslash.',
      );
  }
}

/** Compiles a body with the build's MDX compiler (never runs it) and places its first error in the file. */
function mdxSyntaxError(
  document: ContentDocument,
): { place: { line: number; column: number }; reason: string } | undefined {
  compileMdx ??= (require('satteri') as { mdxToJs: (source: string) => unknown }).mdxToJs;
  try {
    compileMdx(document.source.body);
    return undefined;
  } catch (error) {
    const message = String((error as Error)?.message ?? error);
    // "3:10: Could not parse expression with oxc: Unexpected token (mdx-jsx:unexpected-character)"
    const match = /^(\d+):(\d+):\s*(.*?)(?:\s+\([\w:-]+\))?$/s.exec(message);
    const line = match ? Number(match[1]) : 1;
    const column = match ? Number(match[2]) : 1;
    return {
      place: { line: document.source.bodyLine + line - 1, column },
      reason: (match?.[3] ?? message).replace(/ with oxc/, ''),
    };
  }
}

export default defineRule({
  id: 'mdx/syntax',
  severity: 'error',
  summary: 'An MDX body in an allowed folder must compile.',
  description:
    'In MDX, `<` and `{` start code. A sentence such as "savings so far: {1200 *}" or "fleets <50 vehicles" that is harmless in Markdown stops the whole site build. Allowed MDX bodies are compiled (never run) during the check, so the error points at the line before anyone runs a build.',
  example: {
    file: 'strategy/own-the-data.mdx',
    text: `---
id: own-the-data
title: Own the fleet data
owner: maria-okafor
status: active
---
Savings so far: {1200 *}.
`,
    with: {
      'throughline.yaml': `organisation: Kestrel Logistics
mdx:
  - strategy/**
`,
    },
  },
  check: mdxCompiles,
  scope: 'document',
});
