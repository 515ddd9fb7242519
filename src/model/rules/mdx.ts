import { posix } from 'node:path';
import type { Rule } from './context.ts';

/** mdx/not-allowed: MDX runs code at build time, so it is only accepted where the configuration allows it. */
export const mdxPaths: Rule = ({ graph, report }) => {
  const allowed = graph.config.mdx;
  for (const document of graph.documents) {
    const key = document.source.key;
    if (!key.endsWith('.mdx') || allowed.some((glob) => posix.matchesGlob(key, glob))) continue;
    report(document, { line: 1, column: 1 }, 'mdx/not-allowed', `MDX is not allowed at "${key}"`, allowed.length ? `MDX is allowed only in: ${allowed.join(', ')}. Rename the file to .md.` : 'Rename the file to .md, or list its folder under `mdx` in throughline.yaml (MDX runs code at build time).');
  }
};
