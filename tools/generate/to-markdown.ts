import { CORE_SCHEMA, dump } from 'js-yaml';
import type { DraftDocument } from './strategy.ts';

/**
 * A document as Markdown with YAML frontmatter, written the way authors write it: block
 * style, no folded lines, dates and cycles unquoted (the core schema reads them as
 * strings), and fields that are absent or empty left out.
 */
export function toMarkdown(document: DraftDocument): string {
  return `---\n${dump(withoutEmpty(document.data), { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true })}---\n${document.body ? `\n${document.body}\n` : ''}`;
}

function withoutEmpty(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}
