// Content kept in memory while `astro dev` runs, so a saved file is read again alone: the
// other files' reads are kept, and the graph and checks are made again from them.
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { addReads, listContent, type LoadedContent } from './load.ts';
import type { DocumentFile, DocumentRead } from './read-document.ts';
import { readDocuments } from './read-parallel.ts';

export interface LiveContent {
  /** The configuration and listing, with no document read. */
  listing: LoadedContent;
  /** Each document file's read, by key. */
  reads: Map<string, DocumentRead>;
  /** Each document file, by key. */
  files: Map<string, DocumentFile>;
}

/** Reads a content folder, keeping each file's read apart; undefined when it cannot be read at all. */
export function loadLive(
  contentDir: string,
  cwd: string,
  threads?: number,
  onProgress?: (done: number, total: number) => void,
): LiveContent | undefined {
  const { loaded, files } = listContent(contentDir, cwd);
  if (loaded.fatal.length) return undefined;
  const reads = readDocuments(contentDir, files, { threads, kinds: loaded.kinds, onProgress });
  return {
    listing: loaded,
    reads: new Map(reads.map((read) => [read.source.key, read])),
    files: new Map(files.map((file) => [file.key, file])),
  };
}

/** The loaded content the graph is built from, made from the kept reads. */
export function liveLoaded(live: LiveContent): LoadedContent {
  const { listing } = live;
  const loaded: LoadedContent = {
    ...listing,
    documents: [],
    sources: new Map(listing.sources),
    findings: [...listing.findings],
    invalidRefs: new Set(),
  };
  addReads(loaded, live.reads.values());
  return loaded;
}

/**
 * Reads the given files again (keys under the content folder); false when one is not a
 * document file already known, or is gone (a file added, removed or renamed, or
 * throughline.yaml: the caller loads everything again).
 */
export function rereadLive(live: LiveContent, contentDir: string, keys: readonly string[]): boolean {
  const files = keys.map((key) => live.files.get(key));
  if (files.some((file) => !file || !statSync(join(contentDir, file.key), { throwIfNoEntry: false })?.isFile()))
    return false;
  for (const read of readDocuments(contentDir, files as DocumentFile[], { kinds: live.listing.kinds }))
    live.reads.set(read.source.key, read);
  return true;
}
