import { escapeXml } from '../model/maps/to-svg.ts';

/**
 * Markup the site wrote itself: inserted as it is, where any other string is escaped. Pieces
 * that every one of 10,000 objective pages repeats many times (a map's lists, a key result's
 * card) are written with `markup` rather than as Astro components: a component costs Astro a
 * render call, a buffer and promises, which at that count is seconds of a build.
 */
export class Markup {
  readonly html: string;

  constructor(html: string) {
    this.html = html;
  }

  toString(): string {
    return this.html;
  }
}

/** What a `${…}` in a `markup` template may hold; absent, `null` and `false` write nothing. */
export type HtmlPart = string | number | Markup | false | null | undefined | readonly HtmlPart[];

/**
 * A template of markup: strings and numbers put into it are escaped (titles, notes and names are
 * author text and never become markup), `Markup` is kept, lists are joined with nothing between.
 * (Not named `html`: formatters would then re-indent the markup, adding white space to pages.)
 */
export function markup(strings: TemplateStringsArray, ...parts: HtmlPart[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += partHtml(parts[i]) + strings[i + 1]!;
  return new Markup(out);
}

function partHtml(part: HtmlPart): string {
  if (part === undefined || part === null || part === false) return '';
  if (typeof part === 'string') return escapeXml(part);
  if (typeof part === 'number') return String(part);
  if (part instanceof Markup) return part.html;
  // Lists nest only as deep as the templates that build them, never as deep as the content.
  let out = '';
  for (const item of part as readonly HtmlPart[]) out += partHtml(item);
  return out;
}

/** One attribute, ` name="value"` with the value escaped (`escapeAttribute`); nothing when the value is absent or false, the bare name when true. */
export function attr(name: string, value: string | number | boolean | undefined): Markup {
  if (value === undefined || value === false) return empty;
  if (value === true) return new Markup(` ${name}`);
  return new Markup(` ${name}="${typeof value === 'number' ? value : escapeAttribute(value)}"`);
}

/** A value inside double quotes ends only at `"` and can start an entity only with `&`: the two escaped, as Astro does. */
function escapeAttribute(value: string): string {
  return value.includes('&') || value.includes('"') ? value.replaceAll('&', '&amp;').replaceAll('"', '&quot;') : value;
}

const empty = new Markup('');
