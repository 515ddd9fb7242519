// The checks across documents on the part of the graph an edit reaches (./reach.ts): the files
// that part holds are read, the checks run on a graph of them alone, and the findings of the
// files the edit can affect replace the cached ones. Anything the part cannot settle alone gives
// undefined, and the caller runs the checks on the whole graph.
import { toDiagnostics } from '../check.ts';
import { compareDiagnostics, type Diagnostic, type Finding } from '../diagnostics.ts';
import { buildGraph, type Graph } from '../graph.ts';
import { builtInKinds } from '../kinds/index.ts';
import { addReads, type LoadedContent } from '../load.ts';
import { toDocument, type DocumentFile } from '../read-document.ts';
import { readDocuments } from '../read-parallel.ts';
import { runChecks } from '../rules/rule-context.ts';
import { crossChecks, documentChecks, ruleList } from '../rules/registry.ts';
import { emptySource } from '../source.ts';
import type { ContentDocument } from '../types.ts';
import { linkEntryOf, linkTable, type LinkTable } from './links.ts';
import { cachedSource } from './records.ts';
import { reachOf, type ChangedLinks } from './reach.ts';
import type { CacheIndex, FileRecord } from './store.ts';

/**
 * How each rule that reads across documents is settled on the part of the graph an edit
 * reaches. `reach`: its findings on a document read only what the document points at
 * (transitively), what points at it, its team's objectives of its cycle and its id's
 * namesakes, which the reach holds: a graph of it gives them exactly. `affected`: a finding on
 * an affected document may read every document (a "did you mean" over every id, a broken
 * link's suggestions, a namesake anywhere), so finding one means the whole graph decides.
 * `anywhere`: a finding anywhere on the reach may have been decided otherwise on the whole
 * graph (the edge that closes a loop, the one root team). A rule across documents missing here
 * turns the reach off (`reachKnowsEveryRule`): a rule must be placed before it is trusted.
 */
export const settledOn: Readonly<Record<string, 'reach' | 'affected' | 'anywhere'>> = {
  'align/cycle-mismatch': 'reach',
  'align/duplicate': 'reach',
  'align/level': 'reach',
  'align/missing-theme': 'reach',
  'align/no-line-of-sight': 'reach',
  'objective/no-key-results': 'reach',
  'objective/not-now': 'reach',
  'ref/unpublished': 'reach',
  'team/too-many-objectives': 'reach',
  'theme/no-contributors': 'reach',
  'mermaid/unsafe': 'reach',
  'parse/too-deep': 'reach',
  'ref/unknown': 'affected',
  'ref/wrong-kind': 'affected',
  'link/broken': 'affected',
  'id/duplicate': 'affected',
  'align/loop': 'anywhere',
  'team/loop': 'anywhere',
  'team/no-root': 'anywhere',
};

/** The rules whose checks read across documents, by id. */
export const crossRuleIds: readonly string[] = ruleList
  .filter((rule) => rule.check && crossChecks.includes(rule.check))
  .map((rule) => rule.id);

/** Whether every rule across documents is placed in `settledOn`; if not, every edit runs them on the whole graph. */
export const reachKnowsEveryRule = crossRuleIds.every((id) => id in settledOn);

/**
 * Up to this many unchanged files on the reach are read from their files; past it, from the
 * cached records, which cost about the same however few are wanted (at 10,000 objectives,
 * parsing 154 files took 0.49 s for the whole run against 0.59 s from the records; 1,300 files
 * were quicker from the records).
 */
const parseAtMost = 400;

export interface ReachInput {
  /** The content as listed (configuration and sources of files outside the kinds' folders). */
  loaded: LoadedContent;
  contentDir: string;
  /** Every document file of the content. */
  files: readonly DocumentFile[];
  index: CacheIndex;
  links: LinkTable;
  /** The changed files as read now: their content, records and findings of the checks of one document at a time. */
  changed: { loaded: LoadedContent; records: Record<string, FileRecord>; local: Finding[] };
  /** Where the unchanged files of the reach are read from; by default, by how many there are (tests set both). */
  readFrom?: 'files' | 'records';
  /** The cached records of some files, or a note when one could not be read. */
  readRecords(keys: readonly string[]): { records: Map<string, FileRecord>; note?: string };
  today: string;
  displayPath: (key: string) => string;
}

export interface ReachResult {
  /** The findings of the checks across documents, the reach's replacing the cached ones of the affected files. */
  cross: Finding[];
  diagnostics: Diagnostic[];
  /** The links with the changed files' new ones, when any changed (else the cached file stays). */
  links?: LinkTable;
  /** The graph of the reach (for what the changed files' bodies settle to). */
  graph: Graph;
  /** The documents of the affected files, by key. */
  affected: Map<string, ContentDocument | undefined>;
}

export function checkOnReach(input: ReachInput): ReachResult | undefined {
  if (!reachKnowsEveryRule) return undefined;
  const { loaded, contentDir, files, index, links, changed, today } = input;
  const kinds = loaded.kinds ?? builtInKinds;
  const changedDocuments = new Map(changed.loaded.documents.map((d) => [d.source.key, d]));
  const edits: ChangedLinks[] = [];
  const next = linkTable(links);
  for (const [key, source] of changed.loaded.sources) {
    const before = links.files[key];
    const record = changed.records[key];
    if (!before || !record) return undefined;
    const now = next.pack(
      linkEntryOf(changedDocuments.get(key), source, record.bodyInert, kinds, record.invalidRefs ?? []),
    );
    next.set(key, now);
    edits.push({ key, before, now });
  }
  // The changed files' entries are laid over the cached ones; a name new to the table only
  // leaves its target out of the reach, and a check that misses it hands over to the whole graph.
  const reach = reachOf(links, edits);
  if (!reach) return undefined;
  const { affected, context } = reach;
  // A finding kept for a file out of reach must not name a changed file: its words may have changed.
  if (
    index.cross.some(
      (f) =>
        !affected.has(f.file) &&
        f.mentions?.some((key) => changedDocuments.has(key) || changed.loaded.sources.has(key)),
    )
  )
    return undefined;

  const part: LoadedContent = {
    ...loaded,
    documents: [],
    sources: new Map(loaded.sources),
    findings: [],
    invalidRefs: new Set(),
  };
  const unchanged = files.filter((f) => context.has(f.key) && !changed.loaded.sources.has(f.key));
  // The findings of reading the affected files and of the checks of one document at a time.
  const own: Finding[] = [...changed.loaded.findings, ...changed.local];
  const parsed = input.readFrom ? input.readFrom === 'files' : unchanged.length <= parseAtMost;
  if (parsed) addReads(part, readDocuments(contentDir, unchanged, { threads: 1, kinds }));
  else {
    // A wide reach: the cached records cost less to read than the files, and hold their findings.
    const { records, note } = input.readRecords(unchanged.map((f) => f.key));
    if (note) return undefined;
    for (const file of unchanged) {
      const record = records.get(file.key);
      if (!record) return undefined;
      const source = cachedSource(contentDir, file.key, file.displayPath, record);
      part.sources.set(file.key, source);
      if (affected.has(file.key)) own.push(...record.findings);
      if (record.data) part.documents.push(toDocument(record.kind, source, record.data, kinds));
    }
  }
  for (const [key, source] of changed.loaded.sources) part.sources.set(key, source);
  part.documents.push(...changed.loaded.documents);
  const graph = buildGraph(part, { today });
  const cross = runChecks(crossChecks, graph);
  if (cross.some((f) => settledOn[f.rule] === 'anywhere')) return undefined;
  const crossOfAffected = cross.filter((f) => affected.has(f.file));
  if (crossOfAffected.some((f) => settledOn[f.rule] !== 'reach')) return undefined;

  if (parsed) {
    const read = (f: Finding) => affected.has(f.file) && !changed.loaded.sources.has(f.file);
    own.push(...part.findings.filter(read), ...runChecks(documentChecks, graph).filter(read));
  }
  const findings = own.filter((f) => affected.has(f.file));
  findings.push(...crossOfAffected);
  const sources = part.sources;
  for (const key of findings.flatMap((f) => f.mentions ?? []))
    if (!sources.has(key)) sources.set(key, emptySource(key, input.displayPath(key)));
  const shown = new Set([...affected].map((key) => sources.get(key)?.displayPath));
  const diagnostics = [
    ...index.diagnostics.filter((d) => !shown.has(d.file)),
    ...toDiagnostics(findings, sources, graph.config.rules),
  ].sort(compareDiagnostics);
  const byKey = new Map(graph.documents.map((d) => [d.source.key, d]));
  return {
    cross: [...index.cross.filter((f) => !affected.has(f.file)), ...crossOfAffected],
    diagnostics,
    ...(edits.some((e) => JSON.stringify(e.before) !== JSON.stringify(e.now)) ? { links: next.table() } : {}),
    graph,
    affected: new Map([...affected].map((key) => [key, byKey.get(key)])),
  };
}
