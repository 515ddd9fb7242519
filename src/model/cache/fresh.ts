// A cold run's reading of some files, as the check cache keeps it: each file's content,
// findings of reading it and of the checks of one document at a time, its record, and what its
// id and cross key are now.
import type { CheckOptions } from '../check.ts';
import type { Finding } from '../diagnostics.ts';
import { buildGraph } from '../graph.ts';
import { addReads, type LoadedContent } from '../load.ts';
import type { DocumentFile } from '../read-document.ts';
import { readDocuments } from '../read-parallel.ts';
import { runChecks as run } from '../rules/rule-context.ts';
import { documentChecks } from '../rules/registry.ts';
import { crossKeyOf, recordOf } from './records.ts';
import type { FileRecord } from './store.ts';

/** What reading some files gave: their content, per-document findings, records and entries. */
export interface Fresh {
  loaded: LoadedContent;
  local: Finding[];
  records: Record<string, FileRecord>;
  /** The hash of the bytes read, id and cross key of each file read. */
  settled: Record<string, [hash: string, id: string | null, crossKey: string]>;
  parsed: number;
}

/**
 * Reads files in full, as a cold run would, and (with `local`) runs the per-document checks
 * on them alone; each file's id and cross key are what its content gives.
 */
export function readFresh(
  base: LoadedContent,
  contentDir: string,
  files: readonly DocumentFile[],
  { threads, onProgress }: Pick<CheckOptions, 'threads' | 'onProgress'>,
  today: string,
  local: boolean,
): Fresh {
  const reads = files.length
    ? readDocuments(contentDir, [...files], { threads, kinds: base.kinds, onProgress, hash: true })
    : [];
  const loaded: LoadedContent = { ...base, documents: [], sources: new Map(), findings: [], invalidRefs: new Set() };
  addReads(loaded, reads);
  const found = local && reads.length ? run(documentChecks, buildGraph(loaded, { today })) : [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of [...loaded.findings, ...found])
    byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const records: Record<string, FileRecord> = {};
  const settled: Fresh['settled'] = {};
  for (const read of reads) {
    const key = read.source.key;
    const record = recordOf(read, byFile.get(key) ?? []);
    records[key] = record;
    settled[key] = [read.hash!, read.document?.id ?? null, crossKeyOf(record, read.source)];
  }
  return { loaded, local: found, records, settled, parsed: reads.length };
}
