/**
 * Raw HTML `<pre class="mermaid">` in a body: the sanitiser strips the class, so such a tag draws
 * nothing; `check` reports it all the same (mermaid/unsafe, from the body's HTML nodes in
 * body.ts), so an author who meant a diagram writes a ```mermaid fence, which it reads.
 */

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
