// `check` with a cache: files whose content is unchanged are not parsed again; their findings
// and slim data come from the cache. When every changed file gives the checks across documents
// what it gave before (a check-in, a body edit), their findings are the cached ones too;
// otherwise those checks run on the part of the graph the edits reach (./reach-check.ts), or,
// when that cannot settle them, on the whole slim graph (./whole-graph.ts).
import { resolve } from 'node:path';
import { addSecurityChanges, toDiagnostics, type CheckOptions, type CheckResult } from '../check.ts';
import { compareDiagnostics, type Diagnostic, type Finding } from '../diagnostics.ts';
import type { Graph } from '../graph.ts';
import { builtInKinds } from '../kinds/index.ts';
import { displayPathsOf, listContent } from '../load.ts';
import type { DocumentFile } from '../read-document.ts';
import { emptySource } from '../source.ts';
import { settledBodyKey, stampOf, unchangedCrossKey } from './records.ts';
import { defaultCacheDir, entryOf, type WarmMiss } from './warm.ts';
import { slimData, stringsOf } from './slim.ts';
import { linksOf, type LinkTable } from './links.ts';
import { readFresh, type Fresh } from './fresh.ts';
import { checkOnReach } from './reach-check.ts';
import { checkWholeGraph } from './whole-graph.ts';
import {
  cachePaths,
  readIndex,
  readIndexFile,
  readLinks,
  readShards,
  shardCount,
  shardOf,
  writeCache,
  writeIndex,
  type CacheIndex,
  type FileEntry,
  type FileRecord,
} from './store.ts';

export interface CachedCheckResult extends CheckResult {
  /** The cache's index as this run left it: each file's entry, and the strings of files with diagnostics. */
  index?: Pick<CacheIndex, 'files' | 'strings'>;
  /** Whether every file's findings came from the cache (no file was parsed). */
  hit: boolean;
  /** How many files were parsed (the others came from the cache). */
  parsed: number;
  /** Whether the checks across documents ran (false when no changed file gave them anything new). */
  crossRan: boolean;
  /** When they ran on the part of the graph the edit reaches only: how many files' findings they gave again. */
  reached?: number;
}

export { defaultCacheDir };

/**
 * checkContent with a cache: the same diagnostics, from only the files that changed since the
 * cache was written. The cache lives in `cacheDir` (relative to the working directory), else in
 * the folder throughline.yaml's `cacheDir` names (relative to the content folder), else in
 * `node_modules/.cache/throughline/`.
 */
export function checkWithCache(
  options: CheckOptions & {
    cacheDir?: string;
    warm?: WarmMiss;
    /** Where the files an edit reaches are read from (./reach-check.ts): by default, by how many there are. */
    reachReadFrom?: 'files' | 'records';
  },
): CachedCheckResult {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const contentDir = resolve(cwd, options.contentDir);
  const kinds = options.kinds ?? builtInKinds;
  const { loaded, files } = listContent(contentDir, cwd, kinds, options.warm?.listed);
  if (loaded.fatal.length)
    return {
      fatal: true,
      diagnostics: toDiagnostics(loaded.fatal, loaded.sources, {}),
      notes: [],
      hit: false,
      parsed: 0,
      crossRan: false,
    };
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const stamp = stampOf(loaded, cwd, today);
  const dir = options.cacheDir
    ? resolve(cwd, options.cacheDir)
    : loaded.config.cacheDir
      ? resolve(contentDir, loaded.config.cacheDir)
      : resolve(cwd, defaultCacheDir);
  const paths = cachePaths(dir, contentDir);
  const notes: string[] = [];
  const opened = readIndex(paths.index, stamp, options.warm?.parsedIndex ?? readIndexFile(paths.index));
  if (opened.note) notes.push(opened.note);
  const index = opened.index;
  const others = [...loaded.sources.keys()];
  const displayPath = displayPathsOf(contentDir, cwd);
  const secure = (diagnostics: Diagnostic[], config = loaded.config) => {
    if (options.base) addSecurityChanges(options.base, config, loaded, cwd, diagnostics, notes);
    return diagnostics;
  };

  const entries: Record<string, FileEntry> = {};
  const missed: DocumentFile[] = [];
  let rehashed = false;
  for (const file of files) {
    const cached = index?.files[file.key];
    const entry =
      (index && options.warm?.entries?.[file.key]) || entryOf(contentDir, file.key, cached, index?.writtenAt ?? 0);
    if (entry.same && entry.entry !== cached) rehashed = true;
    entries[file.key] = entry.entry;
    if (!entry.same) missed.push(file);
  }
  const sameFiles =
    index !== undefined &&
    files.every((f) => f.key in index.files) &&
    Object.keys(index.files).length === files.length &&
    others.join('\n') === index.others.join('\n');
  const count = loaded.sources.size + files.length;
  if (sameFiles && missed.length === 0) {
    // Files touched but unchanged (a checkout) are hashed once, then known by their new times.
    if (rehashed) {
      try {
        writeIndex(paths.index, { ...index, files: entries, writtenAt: started });
      } catch {
        // A cache that cannot be updated is only slower next time.
      }
    }
    const diagnostics = secure([...index.diagnostics]);
    return { fatal: false, diagnostics, notes, files: count, index, hit: true, parsed: 0, crossRan: false };
  }

  const everything = !index || missed.length === files.length;
  const fresh = readFresh(loaded, contentDir, missed, options, today, !everything);
  const settle = (part: Fresh) => {
    for (const [key, [hash, id, crossKey]] of Object.entries(part.settled)) {
      const [size, mtimeMs] = entries[key]!;
      entries[key] = [size, mtimeMs, hash, id, crossKey];
    }
  };
  settle(fresh);
  const unchanged = sameFiles
    ? missed.map((f) => unchangedCrossKey(index.files[f.key]![4], entries[f.key]![4]))
    : [undefined];
  const same = sameFiles && unchanged.every((key) => key !== undefined);
  if (same) missed.forEach((f, i) => (entries[f.key]![4] = unchanged[i]!));
  const records = new Map<string, FileRecord>();
  let diagnostics: Diagnostic[];
  let cross: Finding[];
  let graph: Graph | undefined;
  let late: Fresh | undefined;
  let links: LinkTable | undefined;
  // What the checks across documents read changed: first on the part of the graph the edit reaches.
  const known = !same && sameFiles ? readLinks(paths, index) : undefined;
  const reached = known
    ? checkOnReach({
        loaded,
        contentDir,
        files,
        index: index!,
        links: known,
        changed: fresh,
        today,
        displayPath,
        readFrom: options.reachReadFrom,
        readRecords: (keys) => readShards(paths, index!, new Set(keys.map(shardOf))),
      })
    : undefined;
  if (same) {
    // The checks across documents would find what they found: only the changed files' findings are new.
    const changed = new Set(missed.map((f) => f.key));
    const shown = new Set(missed.map((f) => f.displayPath));
    cross = index.cross;
    const findings = [...fresh.loaded.findings, ...fresh.local, ...cross.filter((f) => changed.has(f.file))];
    const sources = new Map(fresh.loaded.sources);
    for (const key of findings.flatMap((f) => f.mentions ?? []))
      if (!sources.has(key)) sources.set(key, emptySource(key, displayPath(key)));
    diagnostics = [
      ...index.diagnostics.filter((d) => !shown.has(d.file)),
      ...toDiagnostics(findings, sources, loaded.config.rules),
    ].sort(compareDiagnostics);
  } else if (reached) {
    ({ cross, diagnostics, links } = reached);
    for (const file of missed) {
      const source = fresh.loaded.sources.get(file.key)!;
      const entry = entries[file.key]!;
      if (!fresh.records[file.key]!.bodyInert) entry[4] = settledBodyKey(entry[4], reached.graph, source);
    }
  } else {
    ({ graph, diagnostics, cross, late } = checkWholeGraph({
      loaded,
      contentDir,
      files,
      fresh,
      records,
      everything,
      today,
      options,
      notes,
      readRecords: () => readShards(paths, index!),
    }));
    settle(late);
    // What the body rules made of each body, now that the graph is known.
    for (const document of graph.documents) {
      const entry = entries[document.source.key];
      if (entry && !document.source.bodyInert) entry[4] = settledBodyKey(entry[4], graph, document.source);
    }
  }
  const written = { ...fresh.records, ...late?.records };
  if (graph) links = linksOf(graph, files, (key) => written[key] ?? records.get(key));

  // The strings of each file with a diagnostic, for `--changed` to follow references back.
  const partial = same || reached !== undefined;
  const strings: Record<string, string[]> = partial ? { ...index!.strings } : {};
  const keyOf = new Map(files.map((f) => [f.displayPath, f.key]));
  const withDiagnostics = new Set(diagnostics.flatMap((d) => keyOf.get(d.file) ?? []));
  const slimOf = (key: string) => {
    const document = reached?.affected.get(key);
    return (written[key] ?? records.get(key))?.data ?? (document && slimData(document.data as Record<string, unknown>));
  };
  for (const key of partial ? [...Object.keys(written), ...(reached?.affected.keys() ?? [])] : withDiagnostics) {
    if (withDiagnostics.has(key)) strings[key] = stringsOf(slimOf(key));
    else delete strings[key];
  }

  // Only the shards holding a changed, added or removed file are written again.
  const touched = new Set(Object.keys(written).map(shardOf));
  if (index) for (const key of Object.keys(index.files)) if (!(key in entries)) touched.add(shardOf(key));
  if (everything) for (let n = 0; n < shardCount; n++) touched.add(n);
  if (partial) {
    const read = readShards(paths, index!, touched);
    if (read.note) notes.push(read.note);
    for (const [key, record] of read.records) records.set(key, record);
  }
  const shards = new Map([...touched].map((n) => [n, {} as Record<string, FileRecord>]));
  for (const file of files) {
    const record = written[file.key] ?? records.get(file.key);
    const shard = shards.get(shardOf(file.key));
    if (record && shard) shard[file.key] = record;
  }
  const kept = {
    stamp,
    files: entries,
    others,
    diagnostics: [...diagnostics],
    cross,
    strings,
    links: index?.links ?? '',
  };
  try {
    writeCache(paths, kept, index?.shards ?? Array<string>(shardCount).fill(''), shards, started, links);
  } catch (error) {
    notes.push(`the check cache could not be written to ${paths.index} (${(error as Error).message})`);
  }
  return {
    ...(graph ? { graph } : {}),
    fatal: false,
    diagnostics: secure(diagnostics, graph?.config),
    notes,
    files: count,
    index: kept,
    hit: false,
    parsed: missed.length + (late?.parsed ?? 0),
    crossRan: !same,
    ...(reached ? { reached: reached.affected.size } : {}),
  };
}
