// What the check cache keeps of how documents point at each other: for each file, the
// references it declares and the ones it is known by. `check` reads it when an edit changes
// what the checks across documents read, to find the documents that edit can reach
// (./reach.ts) without reading the records of every file. Pure: no file access.
import { bodyFacts, bodyLinkTarget } from '../body.ts';
import { idUrlsOf } from '../body-links.ts';
import { canonicalRef } from '../cycle-names.ts';
import { kindNamed, walkReferences, type KindDescriptor } from '../kinds/index.ts';
import type { SourceFile } from '../source.ts';
import { anchorSource } from '../page-anchors.ts';
import type { ContentDocument } from '../types.ts';
import { hashText, type FileRecord } from './store.ts';
import type { Graph } from '../graph.ts';

/**
 * One file's links, document by document (a link to a key result or a theme is a link to its
 * objective or brief): its kind ('' when it holds no valid document); its id and its items'
 * ids; the documents its data and its body's links name (by id, or `\0<file key>` for a
 * relative path); its team and cycle (objectives); the references it would be known by had
 * it been valid; what documents pointing at it or pointed at read of it besides those (its
 * references as written, its status, whether it is published, its headings); and its
 * alignment as written, which every objective below it reads (their line of sight runs through it);
 * and whether its own findings count what points at it (a brief, an objective with no key results).
 */
export type LinkEntry = [
  kind: string,
  id: string,
  items: string[],
  refs: string[],
  team: string,
  cycle: string,
  invalid: string[],
  shown: string,
  aligned: string,
  countsReferrers: 0 | 1,
];

/** What starts the name a link by relative path gives the file it leads to: no id holds a NUL. */
export const pathMark = '\0';

/**
 * The links of a file as read: its document (after cycles were made canonical), its source,
 * whether its body can link at all (the record's `bodyInert`), and the ids it declares if invalid.
 */
export function linkEntryOf(
  document: ContentDocument | undefined,
  source: SourceFile,
  bodyInert: boolean,
  kinds: readonly KindDescriptor[],
  invalidRefs: readonly string[],
): LinkEntry {
  const invalid = invalidRefs.map(canonicalRef);
  if (!document) return ['', '', [], [], '', '', invalid, '', '', 0];
  const kind = kindNamed(kinds, document.kind);
  const data = document.data as Record<string, unknown>;
  const items: string[] = [];
  for (const item of kind.items) for (const entry of (data[item.field] ?? []) as { id: string }[]) items.push(entry.id);
  const refs = new Set<string>();
  // Kept document by document, written out in full in `shown`: a key result or theme changed is a change.
  const exact: string[] = [];
  const add = (ref: string) => {
    exact.push(ref);
    refs.add(ref.split('/', 1)[0]!);
  };
  // A reference to one of the document's own items leads nowhere else.
  walkReferences(kind, data, (field, _path, ref) => field.within || add(ref));
  // Alignment is not among the kinds' reference fields: its rules check it (rules/alignment.ts).
  const alignsTo = document.kind === 'objective' ? ((data.alignsTo ?? []) as string[]) : [];
  for (const ref of alignsTo) refs.add(ref.split('/', 1)[0]!);
  if (!bodyInert) {
    // Most bodies link by `id:` only, read without a parse; the others are parsed.
    const urls = idUrlsOf(source.body) ?? bodyFacts(source).links.map((link) => link.url);
    for (const url of urls) {
      const target = bodyLinkTarget(source.key, url);
      if (target && 'ref' in target) add(target.ref);
      else if (target) refs.add(pathMark + target.key);
    }
  }
  const team = document.kind === 'objective' ? String(data.team ?? '') : '';
  const cycle = document.kind === 'objective' ? String(data.cycle ?? '') : '';
  // What the documents pointing at it read of it besides its id, items, links, team and cycle
  // (a brief's not-now list is read by every active objective of its cycle).
  const notNow = document.kind === 'brief' ? data.notNow : null;
  const shown = JSON.stringify([exact, data.status, data.draft, data.visibility, notNow, anchorSource(source.body)]);
  // A brief's themes need contributors; an objective with no key results is measured by those aligned to it.
  const countsReferrers =
    document.kind === 'brief' || (document.kind === 'objective' && !(data.keyResults as unknown[] | undefined)?.length)
      ? 1
      : 0;
  return [
    document.kind,
    document.id,
    items,
    [...refs],
    team,
    cycle,
    invalid,
    shown,
    JSON.stringify(alignsTo),
    countsReferrers,
  ];
}

/**
 * One file's links as kept: its kind, then each string as its place in the table's `names`
 * (its id, references, `<team> <cycle>` and the cycle of an objective, -1 for none), a hash of
 * its items' ids, whether it declared ids while invalid, hashes of what is shown to the
 * documents pointing at it and of its alignment, and whether its findings count its referrers.
 * Numbers keep the file small and the walks over it cheap: every file's entry is read on an
 * edit that changes what checks read.
 */
export type PackedLinks = [
  kind: string,
  id: number,
  items: string,
  refs: number[],
  group: number,
  cycle: number,
  invalid: 0 | 1,
  shown: string,
  aligned: string,
  countsReferrers: 0 | 1,
];

/** Every file's links, their strings kept once. */
export interface LinkTable {
  names: string[];
  files: Record<string, PackedLinks>;
}

/**
 * A table to add entries to, the names already in it known by their place. Nothing is copied
 * until `table()` is asked for: an edit packs one entry, and writes the table only when it changed.
 */
export function linkTable(from: LinkTable = { names: [], files: {} }): {
  pack(entry: LinkEntry): PackedLinks;
  set(key: string, links: PackedLinks): void;
  table(): LinkTable;
} {
  const added: string[] = [];
  const set: Record<string, PackedLinks> = {};
  let places: Map<string, number> | undefined;
  const place = (name: string) => {
    places ??= new Map(from.names.map((known, i) => [known, i]));
    let at = places.get(name);
    if (at === undefined) places.set(name, (at = from.names.length + added.push(name) - 1));
    return at;
  };
  return {
    pack: ([kind, id, items, refs, team, cycle, invalid, shown, aligned, countsReferrers]) => [
      kind,
      id ? place(id) : -1,
      items.length ? hashText(items.join('\n')).slice(0, 12) : '',
      refs.map(place),
      team ? place(`${team} ${cycle}`) : -1,
      cycle ? place(cycle) : -1,
      invalid.length ? 1 : 0,
      hashText(shown).slice(0, 12),
      hashText(aligned).slice(0, 12),
      countsReferrers,
    ],
    set: (key, links) => void (set[key] = links),
    table: () => ({
      names: added.length ? [...from.names, ...added] : from.names,
      files: { ...from.files, ...set },
    }),
  };
}

/** The links of every file of a whole graph, from its documents and the files' records. */
export function linksOf(
  graph: Graph,
  files: readonly { key: string }[],
  recordOf: (key: string) => FileRecord | undefined,
): LinkTable {
  const byKey = new Map(graph.documents.map((d) => [d.source.key, d]));
  const { table, pack, set } = linkTable();
  for (const { key } of files) {
    const record = recordOf(key);
    const source = graph.sources.get(key);
    if (!record || !source) continue;
    set(key, pack(linkEntryOf(byKey.get(key), source, record.bodyInert, graph.kinds, record.invalidRefs ?? [])));
  }
  return table();
}
