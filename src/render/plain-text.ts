import type { Root } from 'mdast';
import { walk, type AnyNode } from '../model/body.ts';

/** Blocks: their text starts on a line of its own, so words of two blocks never run together. */
const blocks = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'listItem',
  'tableRow',
  'footnoteDefinition',
  'mdxJsxFlowElement',
]);

/**
 * The words of a body's tree (body-tree.ts), for the search index: what the page shows as text.
 * Link and image text are kept; targets, markup, HTML tags, definitions, Mermaid diagrams and
 * MDX's imports, exports and `{expressions}` are dropped. Code is kept: it may be searched for.
 */
export function plainText(root: Root): string {
  const parts: string[] = [];
  // The text of an autolink (`<id:x>`, `<https://…>`) is an address, not words to search for,
  // and the address of a document that is not published must not reach the index.
  const addresses = new WeakSet<AnyNode>();
  walk(root as AnyNode, (node) => {
    if (blocks.has(node.type)) parts.push('\n');
    switch (node.type) {
      case 'link': {
        const only = node.children?.length === 1 ? node.children[0]! : undefined;
        if (only?.type === 'text' && only.value === node.url) addresses.add(only);
        break;
      }
      case 'text':
        if (!addresses.has(node)) parts.push(node.value!);
        break;
      case 'inlineCode':
        parts.push(node.value!);
        break;
      case 'code':
        if (node.lang !== 'mermaid') parts.push('\n', node.value!, '\n');
        break;
      case 'html':
        parts.push(' ', withoutTags(node.value!), ' ');
        break;
      case 'image':
      case 'imageReference':
        parts.push((node as { alt?: string | null }).alt ?? '');
        break;
      case 'break':
      case 'tableCell':
        parts.push(' ');
        break;
    }
  });
  return parts
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** The text of HTML, tags and comments dropped; a scan rather than a pattern, so it stays linear on unclosed tags. */
function withoutTags(html: string): string {
  let text = '';
  let i = 0;
  // Once an end is missing, it is missing for every later tag too: no second search to the end.
  const missing = { '>': false, '-->': false };
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    const end = html.startsWith('<!--', open) ? '-->' : /[A-Za-z/!?]/.test(html[open + 1] ?? '') ? '>' : undefined;
    const close = end && !missing[end] ? html.indexOf(end, open + 1) : -1;
    if (close === -1) {
      if (end) missing[end] = true;
      text += html.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    text += `${html.slice(i, open)} `;
    i = close + end!.length;
  }
  return text + html.slice(i);
}
