// What the check cache keeps of each file and of the run: entries (size, time, hashes),
// records (what a file gave), and the stamp that says which code and settings made them.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../diagnostics.ts';
import { idUrlsOf, mayHaveBrokenLinks } from '../body-links.ts';
import { mayNestTooDeep } from '../body-tree.ts';
import { anchorSource } from '../page-anchors.ts';
import type { Graph } from '../graph.ts';
import { builtInKinds } from '../kinds/index.ts';
import { configFileName, type LoadedContent } from '../load.ts';
import { resolvePlace } from '../positions.ts';
import type { DocumentRead } from '../read-document.ts';
import { ruleList } from '../rules/registry.ts';
import { emptySource, splitSource, type SourceFile } from '../source.ts';
import { mayLinkToDocuments } from '../body-links.ts';
import { slimData } from './slim.ts';
import { hashText as fullHash, type CacheStamp, type FileRecord } from './store.ts';
import { codeHash, packageVersion } from './warm.ts';

/** Hashes in cross keys are cut to 80 bits: enough to tell two versions of one file apart, and the index stays small. */
const hashText = (text: string) => fullHash(text).slice(0, 20);

/** What a later run keeps of one read file. */
export function recordOf(read: DocumentRead, findings: Finding[]): FileRecord {
  const { source, document } = read;
  return {
    kind: document?.kind ?? '',
    frontmatterLine: source.frontmatterLine,
    bodyLine: source.bodyLine,
    findings: findings.map((f) => placed(f, new Map([[source.key, source]]))),
    ...(document ? { data: slimData(document.data as Record<string, unknown>) } : {}),
    ...(read.invalidRefs.length ? { invalidRefs: read.invalidRefs } : {}),
    bodyInert: !bodyMayMatter(source.body),
  };
}

/**
 * What the checks across documents read of a file, as `<graph key>|<body key>`: two reads with
 * the same key give them the same findings. The graph key covers its kind, slim data, the
 * references of an invalid document, its first line and what its page's anchors come from. The body key is empty for a body no
 * body rule reads; `ids:<hash>` for a body whose only possible links are `id:` URLs (which one
 * run of the rules, given the graph, turns into `ok:<hash>` when they all resolve: see
 * settledBodyKey); else `text:<hash>` of the body and its line.
 */
export function crossKeyOf(record: FileRecord, source: SourceFile): string {
  const { kind, data, invalidRefs, frontmatterLine } = record;
  // Links from other documents read its headings: a heading renamed can break one.
  const anchors = anchorSource(source.body);
  const graphKey = hashText(JSON.stringify([kind, data ?? null, invalidRefs ?? null, frontmatterLine, anchors]));
  return `${graphKey}|${bodyKeyOf(record, source)}`;
}

function bodyKeyOf(record: FileRecord, source: SourceFile): string {
  if (record.bodyInert) return '';
  const body = source.body;
  const text = () => `text:${hashText(`${record.bodyLine}\n${body}`)}`;
  if (/mermaid/i.test(body) || mayNestTooDeep(body)) return text();
  if (!body.includes('[') && !body.includes('<')) return `ok:`;
  const urls = idUrlsOf(body);
  return urls ? `ids:${hashText([...new Set(urls)].sort().join('\n'))}` : text();
}

/** A body key once the graph is known: `id:` URLs that all resolve give no finding, whatever their lines. */
export function settledBodyKey(crossKey: string, graph: Graph, source: SourceFile): string {
  const [graphKey, body] = crossKey.split('|') as [string, string];
  // A body whose `id:` URLs resolved may not any more: the graph changed.
  const urls = body.startsWith('ids:') ? body.slice(4) : body.startsWith('ok:') ? body.slice(3) : '';
  if (!urls) return crossKey;
  const settled = mayHaveBrokenLinks(graph, source)
    ? `text:${hashText(`${source.bodyLine}\n${source.body}`)}`
    : `ok:${urls}`;
  return `${graphKey}|${settled}`;
}

/**
 * The cross key a changed file takes when the checks across documents would find in it what
 * they found before (the graph being the same), else undefined: the same graph key, and a body
 * with no finding before and none possible now, or the same body on the same line.
 */
export function unchangedCrossKey(before: string, now: string): string | undefined {
  const [graphBefore, bodyBefore] = before.split('|') as [string, string];
  const [graphNow, bodyNow] = now.split('|') as [string, string];
  if (graphBefore !== graphNow) return undefined;
  const clean = bodyBefore === '' || bodyBefore.startsWith('ok:');
  if (bodyNow === '' || bodyNow === 'ok:') return clean ? now : undefined;
  if (bodyNow.startsWith('ids:')) return bodyBefore === `ok:${bodyNow.slice(4)}` ? before : undefined;
  return bodyBefore === bodyNow ? now : undefined;
}

/** A finding with its place turned into line and column, while the file's text is at hand. */
export function placed(finding: Finding, sources: Map<string, SourceFile>): Finding {
  if ('line' in finding.place) return finding;
  return { ...finding, place: resolvePlace(sources.get(finding.file), finding.place) };
}

/** A source for a cached file: its lines known, its text read only if a check or a diagnostic needs it. */
export function cachedSource(contentDir: string, key: string, displayPath: string, record: FileRecord): SourceFile {
  let split: SourceFile | undefined;
  const read = () =>
    (split ??=
      splitSource(readFileSync(join(contentDir, key)), key, displayPath).source ?? emptySource(key, displayPath));
  return {
    key,
    displayPath,
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
export function stampOf(loaded: LoadedContent, cwd: string, today: string): CacheStamp {
  const kinds = loaded.kinds ?? builtInKinds;
  return {
    version: packageVersion(),
    code: codeHash(),
    rules: ruleList.map((rule) => `${rule.id}:${rule.severity}:${rule.scope ?? ''}`).join(','),
    config: fullHash(loaded.sources.get(configFileName)?.text ?? ''),
    today,
    place: JSON.stringify([kinds.map((k) => [k.kind, k.folder, k.idField]), relative(cwd, loaded.contentDir)]),
  };
}

/** Whether the body rules must read this body on a later run: a link to a document, a diagram or deep nesting may be in it. */
export function bodyMayMatter(body: string): boolean {
  return /mermaid/i.test(body) || mayLinkToDocuments(body) || mayNestTooDeep(body);
}
