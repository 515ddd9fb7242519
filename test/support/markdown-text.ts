import GithubSlugger from 'github-slugger';

/** A fenced code block of a Markdown file: its info string (`yaml`, `text`…) and its lines. */
export interface FencedBlock {
  info: string;
  text: string;
}

/** A Markdown file split into prose lines (fenced code left out) and fenced blocks. */
export interface MarkdownParts {
  prose: string[];
  blocks: FencedBlock[];
}

const fenceLine = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * Separates fenced code from prose. A fence closes only on a line of at least as many of the
 * same character, so a ```` block can quote a ``` block (as the docs do to show Mermaid).
 */
export function splitMarkdown(markdown: string): MarkdownParts {
  const parts: MarkdownParts = { prose: [], blocks: [] };
  let open: { fence: string; info: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = fenceLine.exec(line);
    if (!open) {
      // A backtick fence's info string has no backtick: ```` ```mermaid ```` opening a line is inline code.
      if (fence && !(fence[1]![0] === '`' && fence[2]!.includes('`')))
        open = { fence: fence[1]!, info: fence[2]!.trim(), lines: [] };
      else parts.prose.push(line);
      continue;
    }
    const closes =
      fence !== null &&
      fence[1]![0] === open.fence[0] &&
      fence[1]!.length >= open.fence.length &&
      fence[2]!.trim() === '';
    if (closes) {
      parts.blocks.push({ info: open.info, text: open.lines.map((l) => `${l}\n`).join('') });
      open = undefined;
    } else open.lines.push(line);
  }
  return parts;
}

/** Inline code spans (`` `x` ``, ```` ``x`` ````) of a prose line, as CommonMark reads them. */
const codeSpan = /(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g;

/** The text of every inline code span of some prose lines, one space of padding trimmed. */
export function codeSpans(prose: readonly string[]): string[] {
  return prose.flatMap((line) => [...line.matchAll(codeSpan)].map((match) => match[2]!.replace(/^ (.*) $/, '$1')));
}

/** The targets of inline links and images in some prose lines, code spans left out. */
export function linkTargets(prose: readonly string[]): string[] {
  return prose.flatMap((line) =>
    [...line.replace(codeSpan, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]!),
  );
}

/** The anchors GitHub gives the headings of some prose lines. */
export function headingAnchors(prose: readonly string[]): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const line of prose) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    // Link syntax is not part of the heading's text: `[text](url)` reads as "text".
    if (heading) anchors.add(slugger.slug(heading[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
  }
  return anchors;
}
