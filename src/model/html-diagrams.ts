import { bodyLines } from './body.ts';
import type { SourceFile } from './source.ts';

/**
 * Raw HTML `<pre class="mermaid">` in a body, outside code: where each tag starts in the file.
 * The sanitiser strips the class, so such a tag draws nothing; `check` reports it all the same
 * (mermaid/unsafe), so an author who meant a diagram writes a ```mermaid fence, which it reads.
 */
export function htmlMermaidPres(source: SourceFile): { line: number; column: number }[] {
  if (!/<pre/i.test(source.body)) return [];
  // The prose a browser would parse as HTML, code blanked, as one text so a tag may span lines.
  const lines: string[] = [];
  for (const { text, kind } of bodyLines(source.body)) {
    const code = kind !== 'prose' || /^( {4}|\t)/.test(text);
    lines.push(code ? '' : text.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length)));
  }
  const places: { line: number; column: number }[] = [];
  let line = 0;
  let lineStart = 0;
  const html = lines.join('\n');
  for (const offset of mermaidPreOffsets(html)) {
    // Offsets come in order: walk the lines once.
    while (line < lines.length - 1 && lineStart + lines[line]!.length < offset) lineStart += lines[line++]!.length + 1;
    places.push({ line: source.bodyLine + line, column: offset - lineStart + 1 });
  }
  return places;
}

/** Where `<pre>` start tags whose class list holds `mermaid` begin in a text of HTML. */
export function mermaidPreOffsets(html: string): number[] {
  const offsets: number[] = [];
  // A tag runs to its `>`; stopping at any `<` too keeps one scan per tag however the text is cut.
  for (const tag of html.matchAll(/<pre(?=[\s/>])[^<>]*/gi)) {
    const attribute = /[\s/"']class\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag[0]);
    const classes = attribute?.[1] ?? attribute?.[2] ?? attribute?.[3] ?? '';
    if (classes.split(/\s+/).includes('mermaid')) offsets.push(tag.index);
  }
  return offsets;
}
