import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { configSchema, type ThroughlineConfig } from '../schemas/config.ts';
import type { Finding } from './diagnostics.ts';
import { configFileName, displayPathOf, displayPathsOf, listMarkdown } from './content-files.ts';
import { canonicalCycle, canonicalRef } from './cycle-names.ts';
import { canonicalCycles, withCycleHint } from './cycle-fields.ts';
import { fiscalCalendar } from './cycles.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { builtInKinds, indexKinds, type KindDescriptor } from './kinds/index.ts';
import type { DocumentFile, DocumentRead } from './read-document.ts';
import { readDocuments } from './read-parallel.ts';
import { noContentFinding, notContentFolderFinding } from './rules/config/no-content.ts';
import { notAFileFinding } from './rules/config/not-a-file.ts';
import { unknownRuleFinding } from './rules/config/unknown-rule.ts';
import { unknownFolderFinding } from './rules/content/unknown-folder.ts';
import { rules } from './rules/registry.ts';
import { validate } from './schema-issues.ts';
import { decodeUtf8, emptySource, yamlSource, type SourceFile } from './source.ts';
import type { ContentDocument, DocumentKind } from './types.ts';

/** Which folder under the content root holds which built-in kind. */
export const kindFolders: Record<string, DocumentKind> = Object.fromEntries(
  builtInKinds.map((kind) => [kind.folder, kind.kind]),
) as Record<string, DocumentKind>;

export { configFileName, displayPathsOf } from './content-files.ts';

/** Everything read from a content folder. */
export interface LoadedContent {
  contentDir: string;
  config: ThroughlineConfig;
  /** The kinds the content was read as; the built-in ones when absent. */
  kinds?: readonly KindDescriptor[];
  documents: ContentDocument[];
  /** Every file read, by key, so findings can be placed. */
  sources: Map<string, SourceFile>;
  findings: Finding[];
  /** Problems that stop the run (no content folder, unreadable configuration). */
  fatal: Finding[];
  /** References of documents that failed validation, so references to them are not reported twice. */
  invalidRefs: Set<string>;
}

export interface LoadOptions {
  /**
   * Threads that read files (this one included); more than one only pays on large content.
   * @default 1
   */
  threads?: number;
  /** Told how many files are read so far (a progress line). */
  onProgress?: (done: number, total: number) => void;
  /**
   * The kinds to read, each from its folder.
   * @default builtInKinds
   */
  kinds?: readonly KindDescriptor[];
}

/** Reads, splits, parses and validates every document; one broken file never stops the others. */
export function loadContent(contentDir: string, cwd = process.cwd(), options: LoadOptions = {}): LoadedContent {
  const { loaded, files } = listContent(contentDir, cwd, options.kinds);
  const { threads, onProgress } = options;
  addReads(loaded, readDocuments(contentDir, files, { threads, kinds: loaded.kinds, onProgress }));
  return loaded;
}

/**
 * The first half of loading: the configuration read and the content files listed (files in
 * no kind's folder already reported), the documents not yet read. `listed` is listMarkdown's
 * answer when the caller has just asked it.
 */
export function listContent(
  contentDir: string,
  cwd: string,
  kinds: readonly KindDescriptor[] = builtInKinds,
  listed?: readonly string[],
): { loaded: LoadedContent; files: DocumentFile[] } {
  const sources = new Map<string, SourceFile>();
  const loaded: LoadedContent = {
    contentDir,
    config: configSchema.parse({}),
    kinds,
    documents: [],
    sources,
    findings: [],
    fatal: [],
    invalidRefs: new Set(),
  };
  const files: DocumentFile[] = [];
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    const shown = relative(cwd, contentDir).split(sep).join('/') || '.';
    loaded.fatal.push(noContentFinding(shown));
    return { loaded, files };
  }
  const entries = readdirSync(contentDir);
  const folders = kinds.map((kind) => kind.folder);
  if (entries.length && !entries.includes(configFileName) && !folders.some((folder) => entries.includes(folder))) {
    const shown = relative(cwd, contentDir).split(sep).join('/') || '.';
    loaded.fatal.push(notContentFolderFinding(shown, folders));
    return { loaded, files };
  }
  readConfig(loaded, cwd);
  const displayPath = displayPathsOf(contentDir, cwd);
  const byFolder = indexKinds(kinds).byFolder;
  for (const key of listed ?? listMarkdown(contentDir)) {
    const kind = byFolder.get(key.split('/')[0]!)?.kind;
    if (!kind) {
      if (key.includes('/') || key.toLowerCase() !== 'readme.md') {
        loaded.findings.push(unknownFolderFinding(key, [...byFolder.keys()]));
        sources.set(key, emptySource(key, displayPath(key)));
      }
      continue;
    }
    files.push({ key, kind, displayPath: displayPath(key) });
  }
  return { loaded, files };
}

/**
 * Adds what reading files gave to the loaded content, with every cycle the documents name
 * turned into its canonical id (`FY21-Q3` → `2021-Q3`), so the graph and the cache see one form.
 */
export function addReads(loaded: LoadedContent, reads: Iterable<DocumentRead>): void {
  const { byFolder } = indexKinds(loaded.kinds ?? builtInKinds);
  const calendar = fiscalCalendar(loaded.config);
  for (const read of reads) {
    const kind = byFolder.get(read.source.key.split('/')[0]!)!;
    loaded.sources.set(read.source.key, read.source);
    for (const finding of read.findings)
      loaded.findings.push(withCycleHint(finding, kind.cycleFields, calendar, loaded.config.currentCycle));
    for (const ref of read.invalidRefs) loaded.invalidRefs.add(canonicalRef(ref));
    if (!read.document) continue;
    canonicalCycles(read.document, kind);
    loaded.documents.push(read.document);
  }
}

function readConfig(loaded: LoadedContent, cwd: string): void {
  const path = join(loaded.contentDir, configFileName);
  const key = configFileName;
  // lstat: a link would be followed out of the content folder, which documents never are.
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isFile()) {
    const displayPath = displayPathOf(loaded.contentDir, key, cwd);
    loaded.sources.set(key, emptySource(key, displayPath, 1));
    loaded.fatal.push(notAFileFinding(key, stat.isSymbolicLink()));
    return;
  }
  const decoded = decodeUtf8(readFileSync(path), key);
  const text = decoded.text ?? '';
  const source = yamlSource(key, displayPathOf(loaded.contentDir, key, cwd), text);
  loaded.sources.set(key, source);
  if (decoded.finding) {
    loaded.fatal.push(decoded.finding);
    return;
  }
  const parsed = parseFrontmatter(source);
  // An empty configuration, or one with only comments, means every default.
  const data = parsed.findings.every((f) => f.rule === 'parse/empty-frontmatter') ? (parsed.data ?? {}) : undefined;
  if (!data) {
    loaded.fatal.push(...parsed.findings);
    return;
  }
  const { value, findings } = validate(configSchema, data, key);
  if (!value) {
    const namedBy = (data as { fiscalYearNamedBy?: unknown }).fiscalYearNamedBy === 'end' ? 'end' : 'start';
    loaded.fatal.push(...findings.map((finding) => withCycleHint(finding, ['currentCycle'], { namedBy })));
    return;
  }
  const currentCycle = value.currentCycle && canonicalCycle(value.currentCycle);
  loaded.config = { ...value, currentCycle };
  // The ids as written: validation drops a `__proto__` key, and `in` would accept `constructor` or `toString`.
  const written = (data as { rules?: object }).rules ?? {};
  for (const rule of Object.keys(written)) {
    if (Object.hasOwn(rules, rule)) continue;
    loaded.fatal.push(unknownRuleFinding(key, rule, Object.keys(rules)));
  }
}
