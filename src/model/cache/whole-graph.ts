// The checks across documents on every document: the unchanged files from their cached
// records (slim data, findings already placed), the changed ones as read, and any file whose
// record was lost read again.
import { toDiagnostics, type CheckOptions } from '../check.ts';
import { canonicalRef } from '../cycle-names.ts';
import type { Diagnostic, Finding } from '../diagnostics.ts';
import { buildGraph, type Graph } from '../graph.ts';
import { builtInKinds } from '../kinds/index.ts';
import type { LoadedContent } from '../load.ts';
import { toDocument, type DocumentFile } from '../read-document.ts';
import { runChecks as run } from '../rules/rule-context.ts';
import { crossChecks, documentChecks } from '../rules/registry.ts';
import { readFresh, type Fresh } from './fresh.ts';
import { cachedSource, placed } from './records.ts';
import type { FileRecord } from './store.ts';

export interface WholeGraphInput {
  /** The content as listed; the documents of the graph are added to it. */
  loaded: LoadedContent;
  contentDir: string;
  files: readonly DocumentFile[];
  /** The changed files as read. */
  fresh: Fresh;
  /** Filled with the cached records read (for writing the cache back). */
  records: Map<string, FileRecord>;
  /** Whether nothing was cached: every file is in `fresh`. */
  everything: boolean;
  today: string;
  options: Pick<CheckOptions, 'threads' | 'onProgress'>;
  /** Where notes about the cache go. */
  notes: string[];
  readRecords(): { records: Map<string, FileRecord>; note?: string };
}

export function checkWholeGraph(input: WholeGraphInput): {
  graph: Graph;
  diagnostics: Diagnostic[];
  cross: Finding[];
  /** Files whose record was lost, read again. */
  late: Fresh;
} {
  const { loaded, contentDir, files, fresh, records, everything, today, options, notes } = input;
  const kinds = loaded.kinds ?? builtInKinds;
  if (!everything) {
    const read = input.readRecords();
    if (read.note) notes.push(read.note);
    for (const [key, record] of read.records) records.set(key, record);
  }
  const kept: Finding[] = [];
  const missing: DocumentFile[] = [];
  for (const file of files) {
    if (file.key in fresh.records) continue;
    const record = records.get(file.key);
    if (!record) {
      missing.push(file);
      continue;
    }
    const source = cachedSource(contentDir, file.key, file.displayPath, record);
    loaded.sources.set(file.key, source);
    kept.push(...record.findings);
    for (const ref of record.invalidRefs ?? []) loaded.invalidRefs.add(canonicalRef(ref));
    if (record.data) loaded.documents.push(toDocument(record.kind, source, record.data, kinds));
  }
  // Files whose shard was lost are read again, like changed ones.
  const late = readFresh(loaded, contentDir, missing, options, today, true);
  const listing = [...loaded.findings];
  for (const part of [fresh, late]) {
    for (const [key, source] of part.loaded.sources) loaded.sources.set(key, source);
    loaded.documents.push(...part.loaded.documents);
    for (const ref of part.loaded.invalidRefs) loaded.invalidRefs.add(ref);
  }
  const graph = buildGraph(loaded, { today });
  let local = [...fresh.local, ...late.local];
  if (everything) {
    // Nothing cached: the per-document checks run once, on the whole graph.
    local = run(documentChecks, graph);
    for (const finding of local) fresh.records[finding.file]?.findings.push(placed(finding, loaded.sources));
  }
  const cross = run(crossChecks, graph);
  const findings = [...listing, ...fresh.loaded.findings, ...late.loaded.findings, ...local, ...kept, ...cross];
  return { graph, diagnostics: toDiagnostics(findings, loaded.sources, graph.config.rules), cross, late };
}
