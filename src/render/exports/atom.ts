import { createHash } from 'node:crypto';

/** One entry of an Atom feed (RFC 4287), with absolute or base-relative links. */
export interface AtomEntry {
  /** Stable across builds and site moves: the entry's id never changes once published. */
  key: string;
  title: string;
  /** ISO day. */
  updated: string;
  link: string;
  author?: string;
  /** Plain text. */
  summary?: string;
}

export interface AtomFeed {
  key: string;
  title: string;
  subtitle?: string;
  /** The page the feed follows. */
  link: string;
  /** The feed's own address. */
  self: string;
  /** Who publishes it: the organisation. */
  author: string;
  /** ISO day used when the feed has no entry. */
  fallbackUpdated: string;
  entries: readonly AtomEntry[];
}

/** Feeds carry the most recent entries only: a reader polls them, and a full history is on the site. */
export const feedLength = 50;

const xmlSpecial = /[<>&"']/g;
const xmlEntity: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };
/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/F). */
const notXml =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Author text as XML character data: escaped, and stripped of what XML cannot hold. */
export function xmlText(text: string): string {
  return text.replace(notXml, '\ufffd').replace(xmlSpecial, (c) => xmlEntity[c]!);
}

/**
 * A stable IRI for a feed or entry: a name-based UUID (version 5 layout over SHA-1), so the id
 * stays the same when the site moves to another host, as Atom asks.
 */
export function atomId(key: string): string {
  const hex = createHash('sha1').update(`throughline\0${key}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const timestamp = (day: string) => `${day}T00:00:00Z`;

/** An Atom 1.0 document, newest entries first, at most `feedLength` of them. */
export function atomFeed(feed: AtomFeed): string {
  const entries = [...feed.entries]
    .sort((a, b) => (a.updated === b.updated ? 0 : a.updated < b.updated ? 1 : -1))
    .slice(0, feedLength);
  const updated = entries[0]?.updated ?? feed.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${atomId(feed.key)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    '  <generator>Throughline</generator>',
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <id>${atomId(entry.key)}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <updated>${timestamp(entry.updated)}</updated>`,
      ...(entry.author ? [`    <author><name>${xmlText(entry.author)}</name></author>`] : []),
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`,
      ...(entry.summary ? [`    <summary>${xmlText(entry.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
