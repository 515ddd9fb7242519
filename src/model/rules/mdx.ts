import { createRequire } from 'node:module';
import { isMdxAllowed } from '../mdx-allowed.ts';
import type { ContentDocument } from '../types.ts';
import type { Rule } from './context.ts';

// Sätteri (Astro's MDX compiler) is a native module: loaded only when a content folder has MDX.
const require = createRequire(import.meta.url);
let compileMdx: ((source: string) => unknown) | undefined;

/**
 * mdx/not-allowed and mdx/syntax: MDX runs code at build time, so it is only accepted where the
 * configuration allows it; where it is, it must compile, so the build never stops on it.
 */
export const mdxRules: Rule = ({ graph, report }) => {
  const allowed = graph.config.mdx;
  for (const document of graph.documents) {
    const key = document.source.key;
    if (!key.endsWith('.mdx')) continue;
    if (isMdxAllowed(key, allowed)) {
      const problem = mdxSyntaxError(document);
      if (problem)
        report(
          document,
          problem.place,
          'mdx/syntax',
          `MDX syntax error: ${problem.reason}`,
          'Close every JSX tag and `{` expression, or escape a literal `<` or `{` with a backslash.',
        );
      continue;
    }
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
};

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
