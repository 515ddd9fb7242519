import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { briefSchema } from '../schemas/brief.ts';
import { configSchema, type ThroughlineConfig } from '../schemas/config.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { objectiveSchema } from '../schemas/objective.ts';
import { personSchema } from '../schemas/person.ts';
import { prioritySchema } from '../schemas/priority.ts';
import { teamSchema } from '../schemas/team.ts';
import type { Finding } from './diagnostics.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { rules } from './rules/registry.ts';
import { validate } from './schema-issues.ts';
import { splitSource, type SourceFile } from './source.ts';
import { didYouMean } from './suggest.ts';
import type { ContentDocument, DocumentKind } from './types.ts';

/** Which folder under the content root holds which kind. */
export const kindFolders: Record<string, DocumentKind> = {
  strategy: 'priority',
  teams: 'team',
  people: 'person',
  briefs: 'brief',
  okrs: 'objective',
  decisions: 'decision',
};

const schemas: Record<DocumentKind, z.ZodType> = {
  priority: prioritySchema,
  team: teamSchema,
  person: personSchema,
  brief: briefSchema,
  objective: objectiveSchema,
  decision: decisionSchema,
};

/** The name of the configuration file at the root of the content folder. */
export const configFileName = 'throughline.yaml';

/** Everything read from a content folder. */
export interface LoadedContent {
  contentDir: string;
  config: ThroughlineConfig;
  documents: ContentDocument[];
  /** Every file read, by key, so findings can be placed. */
  sources: Map<string, SourceFile>;
  findings: Finding[];
  /** Problems that stop the run (no content folder, unreadable configuration). */
  fatal: Finding[];
  /** References of documents that failed validation, so references to them are not reported twice. */
  invalidRefs: Set<string>;
}

/** Reads, splits, parses and validates every document; one broken file never stops the others. */
export function loadContent(contentDir: string, cwd = process.cwd()): LoadedContent {
  const sources = new Map<string, SourceFile>();
  const loaded: LoadedContent = { contentDir, config: configSchema.parse({}), documents: [], sources, findings: [], fatal: [], invalidRefs: new Set() };
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    loaded.fatal.push({ file: relative(cwd, contentDir) || contentDir, place: { line: 1, column: 1 }, rule: 'config/no-content', message: `Content folder "${contentDir}" does not exist`, hint: 'Run from the project root, or pass --content DIR.' });
    return loaded;
  }
  readConfig(loaded, cwd);
  for (const key of listMarkdown(contentDir)) {
    const kind = kindFolders[key.split('/')[0]!];
    if (!kind) {
      if (key.includes('/') || key.toLowerCase() !== 'readme.md') {
        loaded.findings.push({ file: key, place: { line: 1, column: 1 }, rule: 'content/unknown-folder', message: `"${key}" is not in a folder Throughline reads`, hint: `Move it under one of: ${Object.keys(kindFolders).join(', ')}.` });
        sources.set(key, { key, displayPath: displayPathOf(contentDir, key, cwd), text: '', frontmatter: '', frontmatterLine: 2, body: '', bodyLine: 1 });
      }
      continue;
    }
    const document = readDocument(loaded, kind, key, cwd);
    if (document) loaded.documents.push(document);
  }
  return loaded;
}

function readDocument(loaded: LoadedContent, kind: DocumentKind, key: string, cwd: string): ContentDocument | undefined {
  const displayPath = displayPathOf(loaded.contentDir, key, cwd);
  const split = splitSource(readFileSync(join(loaded.contentDir, key)), key, displayPath);
  loaded.findings.push(...split.findings);
  const source = split.source ?? { key, displayPath, text: '', frontmatter: '', frontmatterLine: 2, body: '', bodyLine: 1 };
  loaded.sources.set(key, source);
  if (!split.source) return undefined;
  const parsed = parseFrontmatter(source);
  loaded.findings.push(...parsed.findings);
  if (!parsed.data) return undefined;
  const { value, findings } = validate(schemas[kind], parsed.data, key);
  loaded.findings.push(...findings);
  if (!value) {
    rememberInvalid(loaded.invalidRefs, kind, parsed.data);
    return undefined;
  }
  const data = value as ContentDocument['data'];
  const id = kind === 'brief' ? (data as { cycle: string }).cycle : (data as { id: string }).id;
  const published = !(data as { draft: boolean }).draft && (data as { visibility: string }).visibility !== 'restricted';
  return { kind, id, source, data, published } as ContentDocument;
}

/** Keeps whatever ids an invalid document declares, so its schema error is the only one reported. */
function rememberInvalid(refs: Set<string>, kind: DocumentKind, data: Record<string, unknown>): void {
  const id = kind === 'brief' ? data.cycle : data.id;
  if (typeof id !== 'string') return;
  refs.add(id);
  for (const field of ['keyResults', 'initiatives', 'themes', 'notNow']) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const itemId = (item as { id?: unknown } | null)?.id;
      if (typeof itemId === 'string') refs.add(`${id}/${itemId}`);
    }
  }
}

function readConfig(loaded: LoadedContent, cwd: string): void {
  const path = join(loaded.contentDir, configFileName);
  if (!existsSync(path)) return;
  const key = configFileName;
  const text = readFileSync(path, 'utf8');
  // The configuration is plain YAML; wrap it as frontmatter so one parser and one position lookup serve it.
  const source: SourceFile = { key, displayPath: displayPathOf(loaded.contentDir, key, cwd), text, frontmatter: text, frontmatterLine: 1, body: '', bodyLine: 1 };
  loaded.sources.set(key, source);
  const parsed = text.trim() === '' ? { data: {}, findings: [] } : parseFrontmatter(source);
  if (!parsed.data) {
    loaded.fatal.push(...parsed.findings);
    return;
  }
  const { value, findings } = validate(configSchema, parsed.data, key);
  if (!value) {
    loaded.fatal.push(...findings);
    return;
  }
  loaded.config = value;
  for (const rule of Object.keys(value.rules)) {
    if (rule in rules) continue;
    loaded.fatal.push({ file: key, place: { path: ['rules', rule], part: 'key' }, rule: 'config/unknown-rule', message: `Unknown rule "${rule}"${didYouMean(rule, Object.keys(rules))}`, hint: 'Rule ids are listed in the README and by `npm run check -- --list-rules`.' });
  }
}

function displayPathOf(contentDir: string, key: string, cwd: string): string {
  return relative(cwd, join(contentDir, key)).split(sep).join('/');
}

/** Markdown files under the content folder, sorted, as forward-slash keys; dot-folders and node_modules are skipped. */
function listMarkdown(contentDir: string): string[] {
  const keys: string[] = [];
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const key = relative(contentDir, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (key.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    keys.push(key);
  }
  return keys.sort();
}
