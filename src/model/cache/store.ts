// The check cache on disk: one index (what each file was, the last run's findings) and the
// records (what each file gave), spread over a fixed number of shards by a hash of the file's
// path, so one changed file rewrites one shard, not the records of every file. The index names
// the write of each shard it goes with; a shard from another write is not trusted.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Finding } from '../diagnostics.ts';
import type { LinkTable } from './links.ts';

/** Bumped whenever what the cache holds changes shape. */
export const cacheFormat = 4;

/** How many files the records are spread over: at 10,000 objectives about 60 KB each. */
export const shardCount = 64;

/**
 * What the cached findings were made with. Any part differing from this run's means the cache
 * is foreign: made by other code, for other rules, another configuration or another day.
 */
export interface CacheStamp {
  /** The package's version. */
  version: string;
  /** A hash of the model's and schemas' code. */
  code: string;
  /** Rule ids with their default severities. */
  rules: string;
  /** A hash of throughline.yaml as read. */
  config: string;
  /** The date checked against (stale check-ins and proposals depend on it). */
  today: string;
  /** The kinds and their folders, and where the content folder is seen from (diagnostics hold paths). */
  place: string;
}

const stampWords: Record<keyof CacheStamp, string> = {
  version: 'another version of Throughline',
  code: 'other code',
  rules: 'another rule set',
  config: '',
  today: '',
  place: '',
};

const quiet = new Set<keyof CacheStamp>(['config', 'today', 'place']);

/**
 * How a file was when it was read: size, modification time, content hash, the id its document
 * declares, and a hash of all the checks across documents read of it (its slim data, and its
 * body when that may matter): when that is unchanged, so are their findings.
 */
export type FileEntry = [size: number, mtimeMs: number, hash: string, id: string | null, crossKey: string];

export interface CacheIndex {
  format: number;
  stamp: CacheStamp;
  /** The write of each shard this index goes with. */
  shards: string[];
  /** The write of the links file this index goes with ('' when there is none). */
  links: string;
  /** When the cache was written: a file modified since may have changed within the same tick. */
  writtenAt: number;
  files: Record<string, FileEntry>;
  /** Files outside every kind's folder (reported, never read). */
  others: string[];
  /** Every diagnostic of the run that wrote the cache, before `--changed` filtered any. */
  diagnostics: Diagnostic[];
  /** The findings of the checks across documents, places not yet turned into lines (a changed file's lines may move). */
  cross: Finding[];
  /** For each file with a diagnostic, the strings its cached data holds (for `--changed`). */
  strings: Record<string, string[]>;
}

/** What one file gave, reduced to what a later run needs. */
export interface FileRecord {
  kind: string;
  frontmatterLine: number;
  bodyLine: number;
  /** Findings of reading the file and of the per-document checks, places already turned into line and column. */
  findings: Finding[];
  /** The slim data of a valid document (./slim.ts). */
  data?: Record<string, unknown>;
  invalidRefs?: string[];
  bodyInert: boolean;
}

interface ShardFile {
  writeId: string;
  records: Record<string, FileRecord>;
}

interface LinksFile {
  writeId: string;
  table: LinkTable;
}

export interface CachePaths {
  index: string;
  /** How the documents point at each other (./links.ts). */
  links: string;
  /** The shard files, by number. */
  shard(n: number): string;
}

/** The files of one content folder's cache. */
export function cachePaths(dir: string, contentDir: string): CachePaths {
  const name = `check-${hashText(contentDir).slice(0, 16)}`;
  return {
    index: join(dir, `${name}.json`),
    links: join(dir, `${name}.links.json`),
    shard: (n) => join(dir, `${name}.records-${n}.json`),
  };
}

/** The shard a file's record is kept in: FNV-1a of its path, cheap enough to work out for every file on every run. */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % shardCount;
}

/** The index file parsed, not yet looked at: undefined when there is none, an error when it is not JSON. */
export function readIndexFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return corrupt;
  }
}

const corrupt = new Error('not JSON');

/**
 * The index, when it is there and made for this stamp; otherwise a note saying why it was
 * discarded. `parsed` is the file already read by readIndexFile, when a caller has it.
 */
export function readIndex(
  path: string,
  expected: CacheStamp | ((written: CacheStamp) => CacheStamp),
  parsed: unknown = readIndexFile(path),
): { index?: CacheIndex; note?: string } {
  if (parsed === undefined) return {};
  const discard = (why: string) => ({ note: `the check cache ${path} was discarded (${why}); every file is read` });
  if (parsed === corrupt) return discard('it is not readable JSON: truncated or corrupt');
  const index = parsed as CacheIndex;
  if (!isObject(index) || index.format !== cacheFormat || !isObject(index.stamp))
    return discard('it was written in another format');
  const stamp = typeof expected === 'function' ? expected(index.stamp) : expected;
  // Another configuration, date or folder is an ordinary edit: the cache is made again without a word.
  for (const part of Object.keys(stampWords) as (keyof CacheStamp)[])
    if (index.stamp[part] !== stamp[part])
      return quiet.has(part) ? {} : discard(`it was made with ${stampWords[part]}`);
  if (
    !Array.isArray(index.shards) ||
    typeof index.links !== 'string' ||
    index.shards.length !== shardCount ||
    typeof index.writtenAt !== 'number' ||
    !isObject(index.files) ||
    !Array.isArray(index.others) ||
    !Array.isArray(index.diagnostics) ||
    !Array.isArray(index.cross) ||
    !isObject(index.strings)
  )
    return discard('it is incomplete');
  return { index };
}

/**
 * The records of the given shards, all of them when none are named, or a note when one is
 * missing, corrupt or from another write than its index names (its files are then read again).
 */
export function readShards(
  paths: CachePaths,
  index: CacheIndex,
  wanted: Iterable<number> = index.shards.keys(),
): { records: Map<string, FileRecord>; note?: string } {
  const records = new Map<string, FileRecord>();
  let note: string | undefined;
  for (const n of wanted) {
    const path = paths.shard(n);
    let parsed: ShardFile;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as ShardFile;
    } catch {
      note ??= `the check cache ${path} was discarded (it is missing, truncated or corrupt); its files are read`;
      continue;
    }
    if (!isObject(parsed) || parsed.writeId !== index.shards[n] || !isObject(parsed.records)) {
      note ??= `the check cache ${path} was discarded (it does not belong to its index); its files are read`;
      continue;
    }
    for (const [key, record] of Object.entries(parsed.records)) records.set(key, record);
  }
  return note ? { records, note } : { records };
}

/** The links file the index names, or undefined when it is missing, corrupt or from another write. */
export function readLinks(paths: CachePaths, index: CacheIndex): LinkTable | undefined {
  if (!index.links) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(paths.links, 'utf8')) as LinksFile;
    const table = isObject(parsed) && parsed.writeId === index.links ? parsed.table : undefined;
    return isObject(table) && Array.isArray(table.names) && isObject(table.files) ? table : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes the shards that changed and the links when given, then the index naming them, each to
 * a temporary name first: a run stopped halfway leaves files the index does not name, read
 * again next time, never trusted.
 */
export function writeCache(
  paths: CachePaths,
  index: Omit<CacheIndex, 'format' | 'shards' | 'writtenAt'>,
  shards: readonly string[],
  changed: ReadonlyMap<number, Record<string, FileRecord>>,
  writtenAt: number,
  links?: LinkTable,
): void {
  mkdirSync(join(paths.index, '..'), { recursive: true });
  const ids = [...shards];
  for (const [n, records] of changed) {
    ids[n] = randomUUID();
    put(paths.shard(n), JSON.stringify({ writeId: ids[n]!, records } satisfies ShardFile));
  }
  let linksId = index.links;
  if (links) {
    linksId = randomUUID();
    put(paths.links, JSON.stringify({ writeId: linksId, table: links } satisfies LinksFile));
  }
  writeIndex(paths.index, { format: cacheFormat, shards: ids, writtenAt, ...index, links: linksId });
}

/** Rewrites the index alone (new times for files touched but unchanged), keeping its pairing with the shards. */
export function writeIndex(path: string, index: CacheIndex): void {
  put(path, JSON.stringify(index));
}

function put(path: string, text: string): void {
  writeFileSync(`${path}.${process.pid}.tmp`, text);
  renameSync(`${path}.${process.pid}.tmp`, path);
}

export function hashText(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
