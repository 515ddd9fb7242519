import { bodyLines } from '../model/body.ts';
import { isTableDelimiterRow, removeComments, removeEmphasis, removeTags, unwrapLinks } from './inline-markup.ts';

/**
 * The words of a Markdown (or MDX) body, for the search index: link and image text kept, their
 * targets, markup, HTML tags, Mermaid diagrams and (in MDX) imports, exports and `{expressions}`
 * dropped. Line-based on purpose: it runs over every body of the site in the build's main
 * thread, where a full Markdown parse would cost seconds on large content; a stray marker left
 * in the index only costs a word that nobody searches for.
 */
export function plainText(markdown: string, options: { mdx?: boolean } = {}): string {
  const lines: string[] = [];
  for (const { text, kind, lang } of bodyLines(markdown)) {
    if (kind === 'fence') continue;
    // Code may be searched for; a diagram's source is not prose.
    if (kind === 'code') {
      if (lang !== 'mermaid') lines.push(text);
      continue;
    }
    if (options.mdx && /^(import|export)\s/.test(text)) continue;
    if (/^\s{0,3}\[[^\]]+\]:\s/.test(text)) continue;
    lines.push(inlineText(options.mdx ? text.replace(/\{[^{}]*\}/g, ' ') : text));
  }
  return lines
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

function inlineText(line: string): string {
  const text = unwrapLinks(unwrapLinks(removeTags(removeComments(line)), '('), '[').replace(
    /^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/,
    '',
  );
  return removeEmphasis((isTableDelimiterRow(text) ? '' : text).replace(/\|/g, ' '));
}
