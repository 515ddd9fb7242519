// The check cache on disk: one index (what each file was, the last run's diagnostics) and one
// file of records (what each file gave), written together and trusted only together.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Finding } from '../diagnostics.ts';

/** Bumped whenever what the cache holds changes shape. */
export const cacheFormat = 1;

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

/** How a file was when it was read: size, modification time, content hash, and the id its document declares. */
export type FileEntry = [size: number, mtimeMs: number, hash: string, id: string | null];

export interface CacheIndex {
  format: number;
  stamp: CacheStamp;
  /** Pairs the index with its records file. */
  writeId: string;
  /** When the cache was written: a file modified since may have changed within the same tick. */
  writtenAt: number;
  files: Record<string, FileEntry>;
  /** Files outside every kind's folder (reported, never read). */
  others: string[];
  /** Every diagnostic of the run that wrote the cache, before `--changed` filtered any. */
  diagnostics: Diagnostic[];
  /** For each file with a diagnostic, the strings its cached data holds (for `--changed`). */
  strings: Record<string, string[]>;
}

/** What one file gave, reduced to what a later run needs. */
export interface FileRecord {
  kind: string;
  displayPath: string;
  frontmatterLine: number;
  bodyLine: number;
  /** Findings of reading the file and of the per-document checks, places already turned into line and column. */
  findings: Finding[];
  /** The slim data of a valid document (./slim.ts). */
  data?: Record<string, unknown>;
  invalidRefs?: string[];
  bodyInert: boolean;
}

interface RecordsFile {
  writeId: string;
  records: Record<string, FileRecord>;
}

/** The two files of one content folder's cache. */
export function cachePaths(dir: string, contentDir: string): { index: string; records: string } {
  const name = `check-${hashText(contentDir).slice(0, 16)}`;
  return { index: join(dir, `${name}.json`), records: join(dir, `${name}.records.json`) };
}

/** The index, when it is there and made for this stamp; otherwise a note saying why it was discarded. */
export function readIndex(path: string, stamp: CacheStamp): { index?: CacheIndex; note?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  const discard = (why: string) => ({ note: `the check cache ${path} was discarded (${why}); every file is read` });
  let index: CacheIndex;
  try {
    index = JSON.parse(text) as CacheIndex;
  } catch {
    return discard('it is not readable JSON: truncated or corrupt');
  }
  if (!isObject(index) || index.format !== cacheFormat || !isObject(index.stamp))
    return discard('it was written in another format');
  // Another configuration, date or folder is an ordinary edit: the cache is made again without a word.
  for (const part of Object.keys(stampWords) as (keyof CacheStamp)[])
    if (index.stamp[part] !== stamp[part])
      return quiet.has(part) ? {} : discard(`it was made with ${stampWords[part]}`);
  if (
    typeof index.writeId !== 'string' ||
    typeof index.writtenAt !== 'number' ||
    !isObject(index.files) ||
    !Array.isArray(index.others) ||
    !Array.isArray(index.diagnostics) ||
    !isObject(index.strings)
  )
    return discard('it is incomplete');
  return { index };
}

/** The records that go with an index, or a note when they are missing, corrupt or from another write. */
export function readRecords(path: string, index: CacheIndex): { records?: Record<string, FileRecord>; note?: string } {
  const discard = (why: string) => ({ note: `the check cache ${path} was discarded (${why}); every file is read` });
  let parsed: RecordsFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as RecordsFile;
  } catch {
    return discard('it is missing, truncated or corrupt');
  }
  if (!isObject(parsed) || parsed.writeId !== index.writeId || !isObject(parsed.records))
    return discard('it does not belong to its index');
  return { records: parsed.records };
}

/** Writes both files, each to a temporary name first, so a run stopped halfway leaves no half-written cache. */
export function writeCache(
  paths: { index: string; records: string },
  index: Omit<CacheIndex, 'format' | 'writeId' | 'writtenAt'>,
  records: Record<string, FileRecord>,
  writtenAt: number,
): void {
  const writeId = randomUUID();
  mkdirSync(join(paths.index, '..'), { recursive: true });
  const put = (path: string, text: string) => {
    writeFileSync(`${path}.${process.pid}.tmp`, text);
    renameSync(`${path}.${process.pid}.tmp`, path);
  };
  put(paths.records, JSON.stringify({ writeId, records } satisfies RecordsFile));
  put(paths.index, JSON.stringify({ format: cacheFormat, writeId, writtenAt, ...index } satisfies CacheIndex));
}

/** Rewrites the index alone (new times for files touched but unchanged), keeping its pairing with the records. */
export function writeIndex(path: string, index: CacheIndex): void {
  writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(index));
  renameSync(`${path}.${process.pid}.tmp`, path);
}

export function hashText(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
