import { readSite, type BuiltSite } from './html.ts';

/** Markup in a built page that would run code a content author wrote. */
export interface InjectedCode {
  file: string;
  line: number;
  column: number;
  /** What was found: `<script> from content`, `onerror attribute`, `javascript: URL in a href`… */
  what: string;
  excerpt: string;
}

/** Attributes whose value the browser may navigate to or load. */
const urlAttributes = [
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'srcset',
];

/** Whether a URL runs code or renders attacker HTML when followed, as browsers read it (tabs and newlines dropped, leading controls trimmed). */
function isScriptUrl(value: string): boolean {
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^(?:javascript|vbscript|data:text\/html)/i.test(url);
}

/**
 * Looks through a built site for payloads that survived: `<script>` elements whose code is
 * the payload, event-handler attributes carrying it, script URLs in any link or resource,
 * `srcdoc` frames, and SVG animations that rewrite a link. `marker` is the name the
 * payloads call (`__xss`), so the site's own scripts and handlers never count.
 */
export function findInjectedCode(dirOrSite: string | BuiltSite, marker: string): InjectedCode[] {
  const site = typeof dirOrSite === 'string' ? readSite(dirOrSite) : dirOrSite;
  const found: InjectedCode[] = [];
  for (const [file, elements] of site.pages) {
    for (const { tag, attributes, line, column, text } of elements) {
      const before = found.length;
      const add = (what: string, excerpt: string) =>
        found.push({ file, line, column, what, excerpt: excerpt.slice(0, 120) });
      if (tag === 'script' && ((text ?? '').trimStart().startsWith(marker) || (attributes.src ?? '').includes(marker)))
        add('<script> from content', text || attributes.src!);
      for (const [name, value] of Object.entries(attributes)) {
        if (/^on/.test(name) && value.includes(marker)) add(`${name} attribute on <${tag}>`, value);
        if (urlAttributes.includes(name) && isScriptUrl(value)) add(`script URL in ${tag} ${name}`, value);
        if (name === 'srcdoc') add(`srcdoc on <${tag}>`, value);
      }
      if ((tag === 'animate' || tag === 'set') && /href/i.test(attributes.attributename ?? ''))
        add(`<${tag}> rewriting a link`, JSON.stringify(attributes));
      // Elements that load or navigate on their own are payloads whatever attribute carries it;
      // a `<meta name=description>` quoting a title is text, a refresh is not.
      const active =
        ['iframe', 'frame', 'object', 'embed', 'base'].includes(tag) ||
        (tag === 'meta' && attributes['http-equiv'] !== undefined) ||
        tag === 'link';
      const carried =
        tag === 'link'
          ? (attributes.href ?? '').includes(marker)
          : Object.values(attributes).some((value) => value.includes(marker));
      if (found.length === before && active && carried) add(`<${tag}> from content`, JSON.stringify(attributes));
    }
  }
  return found;
}

/** `file:line:column: what — excerpt`. */
export function formatInjectedCode(injected: InjectedCode): string {
  return `${injected.file}:${injected.line}:${injected.column}: ${injected.what} — ${injected.excerpt}`;
}
