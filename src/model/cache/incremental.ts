// `check` with a cache: files whose content is unchanged are not parsed again; their findings
// and slim data come from the cache, and only the checks across documents run on every file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { addSecurityChanges, toDiagnostics, type CheckOptions, type CheckResult } from '../check.ts';
import type { Finding } from '../diagnostics.ts';
import { buildGraph } from '../graph.ts';
import { builtInKinds } from '../kinds/index.ts';
import { addReads, configFileName, listContent, type LoadedContent } from '../load.ts';
import { resolvePlace } from '../positions.ts';
import { toDocument, type DocumentFile, type DocumentRead } from '../read-document.ts';
import { readDocuments } from '../read-parallel.ts';
import { collectingContext, type Rule } from '../rules/rule-context.ts';
import { crossChecks, documentChecks, ruleList } from '../rules/registry.ts';
import { emptySource, splitSource, type SourceFile } from '../source.ts';
import { bodyMayMatter, slimData, stringsOf } from './slim.ts';
import {
  cachePaths,
  hashText,
  readIndex,
  readRecords,
  writeCache,
  writeIndex,
  type CacheIndex,
  type CacheStamp,
  type FileEntry,
  type FileRecord,
} from './store.ts';

const root = resolve(import.meta.dirname, '../../..');

export interface CachedCheckResult extends CheckResult {
  /** The cache's index as this run left it: each file's entry, and the strings of files with diagnostics. */
  index?: Pick<CacheIndex, 'files' | 'strings'>;
  /** Whether every file's findings came from the cache (no file was parsed). */
  hit: boolean;
  /** How many files were parsed (the others came from the cache). */
  parsed: number;
}

/** The cache's folder when neither the command line nor throughline.yaml names one. */
export const defaultCacheDir = 'node_modules/.cache/throughline';

/**
 * checkContent with a cache: the same diagnostics, from only the files that changed since the
 * cache was written. The cache lives in `cacheDir` (relative to the working directory), else in
 * the folder throughline.yaml's `cacheDir` names (relative to the content folder), else in
 * `node_modules/.cache/throughline/`.
 */
export function checkWithCache(options: CheckOptions & { cacheDir?: string }): CachedCheckResult {
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const contentDir = resolve(cwd, options.contentDir);
  const kinds = options.kinds ?? builtInKinds;
  const { loaded, files } = listContent(contentDir, cwd, kinds);
  if (loaded.fatal.length)
    return {
      fatal: true,
      diagnostics: toDiagnostics(loaded.fatal, loaded.sources, {}),
      notes: [],
      hit: false,
      parsed: 0,
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
  const opened = readIndex(paths.index, stamp);
  if (opened.note) notes.push(opened.note);
  const index = opened.index;
  const others = [...loaded.sources.keys()];

  const entries: Record<string, FileEntry> = {};
  const missed: DocumentFile[] = [];
  let rehashed = false;
  for (const file of files) {
    const cached = index?.files[file.key];
    const entry = entryOf(contentDir, file.key, cached, index?.writtenAt ?? 0);
    if (entry.same && entry.entry !== cached) {
      entry.entry[3] = cached![3];
      rehashed = true;
    }
    entries[file.key] = entry.entry;
    if (!entry.same) missed.push(file);
  }
  const sameFiles =
    index !== undefined &&
    missed.length === 0 &&
    Object.keys(index.files).length === files.length &&
    others.join('\n') === index.others.join('\n');
  if (sameFiles) {
    // Files touched but unchanged (a checkout) are hashed once, then known by their new times.
    if (rehashed) {
      try {
        writeIndex(paths.index, { ...index, files: entries, writtenAt: started });
      } catch {
        // A cache that cannot be updated is only slower next time.
      }
    }
    const diagnostics = [...index.diagnostics];
    if (options.base) addSecurityChanges(options.base, loaded.config, loaded, cwd, diagnostics, notes);
    return { fatal: false, diagnostics, notes, files: loaded.sources.size + files.length, index, hit: true, parsed: 0 };
  }

  let records: Record<string, FileRecord> = {};
  if (index && missed.length < files.length) {
    const read = readRecords(paths.records, index);
    if (read.note) notes.push(read.note);
    if (read.records) records = read.records;
    else missed.splice(0, missed.length, ...files);
  }
  const missedKeys = new Set(missed.map((f) => f.key));
  const kept: Finding[] = [];
  for (const file of files) {
    const record = records[file.key];
    if (missedKeys.has(file.key)) continue;
    if (!record) {
      missed.push(file);
      continue;
    }
    const source = cachedSource(contentDir, file.key, record);
    loaded.sources.set(file.key, source);
    kept.push(...record.findings);
    for (const ref of record.invalidRefs ?? []) loaded.invalidRefs.add(ref);
    if (record.data) loaded.documents.push(toDocument(record.kind, source, record.data, kinds));
  }

  // The files that changed: read in full, their per-document checks run on them alone.
  const reads = readDocuments(contentDir, missed, { threads: options.threads, kinds });
  const fresh: LoadedContent = { ...loaded, documents: [], sources: new Map(), findings: [], invalidRefs: new Set() };
  addReads(fresh, reads);
  const everything = missed.length === files.length;
  for (const [key, source] of fresh.sources) loaded.sources.set(key, source);
  loaded.documents.push(...fresh.documents);
  for (const ref of fresh.invalidRefs) loaded.invalidRefs.add(ref);
  const graph = buildGraph(loaded, { today });
  const local = run(documentChecks, everything ? graph : buildGraph(fresh, { today }));
  const cross = run(crossChecks, graph);

  const findings = [...loaded.findings, ...fresh.findings, ...local, ...kept, ...cross];
  const diagnostics = toDiagnostics(findings, loaded.sources, graph.config.rules);

  for (const read of reads) records[read.source.key] = recordOf(read, [...read.findings]);
  for (const finding of local) records[finding.file]?.findings.push(placed(finding, loaded.sources));
  for (const read of reads) entries[read.source.key]![3] = read.document?.id ?? null;
  for (const file of files)
    if (!missedKeys.has(file.key)) entries[file.key]![3] ??= index?.files[file.key]?.[3] ?? null;
  const byDisplay = new Map([...loaded.sources.values()].map((s) => [s.displayPath, s.key]));
  const strings: Record<string, string[]> = {};
  for (const d of diagnostics) {
    const key = byDisplay.get(d.file);
    if (key && !(key in strings)) strings[key] = stringsOf(records[key]?.data);
  }
  const written = { stamp, files: entries, others, diagnostics: [...diagnostics], strings };
  const live = Object.fromEntries(files.map((f) => [f.key, records[f.key]!]));
  try {
    writeCache(paths, written, live, started);
  } catch (error) {
    notes.push(`the check cache could not be written to ${paths.index} (${(error as Error).message})`);
  }
  if (options.base) addSecurityChanges(options.base, graph.config, loaded, cwd, diagnostics, notes);
  return {
    graph,
    fatal: false,
    diagnostics,
    notes,
    files: loaded.sources.size,
    index: written,
    hit: false,
    parsed: reads.length,
  };
}

function run(checks: readonly Rule[], graph: ReturnType<typeof buildGraph>): Finding[] {
  const findings: Finding[] = [];
  const context = collectingContext(graph, findings);
  for (const check of checks) check(context);
  return findings;
}

/** A file's entry now, and whether it is the one cached: size and time first, the hash when they moved or the time is too close to the write. */
function entryOf(
  contentDir: string,
  key: string,
  cached: FileEntry | undefined,
  writtenAt: number,
): { entry: FileEntry; same: boolean } {
  const path = join(contentDir, key);
  const { size, mtimeMs } = statSync(path);
  if (cached && cached[0] === size && cached[1] === mtimeMs && mtimeMs < writtenAt - 2000)
    return { entry: cached, same: true };
  const hash = hashText(readFileSync(path));
  return { entry: [size, mtimeMs, hash, null], same: cached?.[2] === hash };
}

/** What a later run keeps of one read file. */
function recordOf(read: DocumentRead, findings: Finding[]): FileRecord {
  const { source, document } = read;
  return {
    kind: document?.kind ?? '',
    displayPath: source.displayPath,
    frontmatterLine: source.frontmatterLine,
    bodyLine: source.bodyLine,
    findings: findings.map((f) => placed(f, new Map([[source.key, source]]))),
    ...(document ? { data: slimData(document.data as Record<string, unknown>) } : {}),
    ...(read.invalidRefs.length ? { invalidRefs: read.invalidRefs } : {}),
    bodyInert: !bodyMayMatter(source.body),
  };
}

/** A finding with its place turned into line and column, while the file's text is at hand. */
function placed(finding: Finding, sources: Map<string, SourceFile>): Finding {
  if ('line' in finding.place) return finding;
  return { ...finding, place: resolvePlace(sources.get(finding.file), finding.place) };
}

/** A source for a cached file: its lines known, its text read only if a check or a diagnostic needs it. */
function cachedSource(contentDir: string, key: string, record: FileRecord): SourceFile {
  let split: SourceFile | undefined;
  const read = () =>
    (split ??=
      splitSource(readFileSync(join(contentDir, key)), key, record.displayPath).source ??
      emptySource(key, record.displayPath));
  return {
    key,
    displayPath: record.displayPath,
    frontmatterLine: record.frontmatterLine,
    bodyLine: record.bodyLine,
    bodyInert: record.bodyInert,
    get text() {
      return read().text;
    },
    get frontmatter() {
      return read().frontmatter;
    },
    get body() {
      return read().body;
    },
  };
}

/** What the cached findings depend on besides the files themselves. */
function stampOf(loaded: LoadedContent, cwd: string, today: string): CacheStamp {
  const kinds = loaded.kinds ?? builtInKinds;
  return {
    version: packageVersion(),
    code: codeHash(),
    rules: ruleList.map((rule) => `${rule.id}:${rule.severity}:${rule.scope ?? ''}`).join(','),
    config: hashText(loaded.sources.get(configFileName)?.text ?? ''),
    today,
    place: JSON.stringify([kinds.map((k) => [k.kind, k.folder]), relative(cwd, loaded.contentDir)]),
  };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A hash of the code that decides findings: a rule changed in place, unreleased, still invalidates the cache. */
function codeHash(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) parts.push(path, readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src/model'));
  walk(join(root, 'src/schemas'));
  return hashText(parts.join('\0'));
}
