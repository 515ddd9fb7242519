/**
 * Mermaid takes configuration from the diagram text itself: `%%{init: …}%%` and other directives,
 * anywhere in it, and a `config:` key in front matter. With it a diagram could restyle the page
 * (`themeCSS`) or undo what the site's loader sets. `check` reports such diagrams
 * (mermaid/unsafe) and the loader refuses whatever reaches it anyway, both from these functions.
 * Front matter may give a title (and Gantt's display mode), one plain line each, and nothing else.
 */

import { findUnsafeMermaid } from './unsafe-mermaid.ts';

/** A front matter line that configures nothing: a title, a display mode, a comment or nothing. */
const harmless = /^\s*(?:(?:title|displayMode)\s*:.*|#.*)?$/;

/**
 * The first front matter line of a diagram (its lines, line breaks removed) that is not harmless:
 * its index, or undefined when the diagram has no front matter or only harmless lines in it.
 */
export function frontMatterConfigLine(lines: readonly string[]): number | undefined {
  let line = 0;
  // Mermaid wants front matter on the first line; blank lines before it are looked through all the same.
  while (line < lines.length && lines[line]!.trim() === '') line++;
  // Any white space but a line break indents the opening `---`, as Mermaid reads it.
  const opener = /^([^\S\n]*)---/.exec(lines[line] ?? '');
  if (!opener) return undefined;
  // The front matter ends at the first `---` indented as the opening one: up to there, or the end, every line must be harmless.
  const closer = `${opener[1]}---`;
  for (line++; line < lines.length; line++) {
    const current = lines[line]!;
    if (current.startsWith(closer) && current.slice(closer.length).trim() === '') return undefined;
    if (!harmless.test(current)) return line;
  }
  return undefined;
}

/**
 * Why a diagram's source may not be drawn, or undefined when it may: it configures Mermaid, or
 * holds what `check` refuses in a diagram (a `click` directive, an `href`, a `javascript:` URL,
 * HTML in a label), which reaches the loader only where mermaid/unsafe was turned down.
 */
export function diagramConfigProblem(source: string): string | undefined {
  const text = source.replace(/\r\n?/g, '\n');
  // Mermaid reads a directive wherever `%%{` starts one, so its mere presence is enough.
  if (text.includes('%%{')) return 'it sets Mermaid options with a %%{…}%% directive';
  const lines = text.split('\n');
  if (frontMatterConfigLine(lines) !== undefined)
    return 'its front matter sets Mermaid options; only a title is allowed there';
  for (const line of lines) {
    const unsafe = findUnsafeMermaid(line);
    if (unsafe) return `it contains ${unsafe.what}`;
  }
  return undefined;
}
