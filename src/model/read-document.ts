import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from './diagnostics.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { builtInKinds, kindNamed, type KindDescriptor } from './kinds/index.ts';
import { validate } from './schema-issues.ts';
import { emptySource, splitSource, type SourceFile } from './source.ts';
import type { ContentDocument } from './types.ts';

/** A content file to read: its key in the content folder, its kind and the path diagnostics show. */
export interface DocumentFile {
  key: string;
  /** The kind's name (kinds themselves cannot travel to a reading thread). */
  kind: string;
  displayPath: string;
}

/** What reading one file gave: always its source (empty when unreadable), its findings, and the document when valid. */
export interface DocumentRead {
  source: SourceFile;
  findings: Finding[];
  document?: ContentDocument;
  /** Ids an invalid document declares, so references to them are not reported twice. */
  invalidRefs: string[];
  /** SHA-1 of the file's bytes, when asked for (the check cache keys files by it). */
  hash?: string;
}

/** Reads, splits, parses and validates one file; content problems become findings, never exceptions. */
export function readDocument(
  contentDir: string,
  file: DocumentFile,
  kinds: readonly KindDescriptor[] = builtInKinds,
  { hash = false }: { hash?: boolean } = {},
): DocumentRead {
  const { key, displayPath } = file;
  const kind = kindNamed(kinds, file.kind);
  const bytes = readFileSync(join(contentDir, key));
  const split = splitSource(bytes, key, displayPath);
  const source = split.source ?? emptySource(key, displayPath);
  const read: DocumentRead = { source, findings: split.findings, invalidRefs: [] };
  // Hashed here, from the bytes just read, rather than by reading the file a second time.
  if (hash) read.hash = createHash('sha1').update(bytes).digest('hex');
  if (!split.source) return read;
  const parsed = parseFrontmatter(source);
  read.findings.push(...parsed.findings);
  if (!parsed.data) return read;
  const { value, findings } = validate(kind.schema, parsed.data, key);
  read.findings.push(...findings);
  if (!value) {
    read.invalidRefs = declaredRefs(kind, parsed.data);
    return read;
  }
  read.document = toDocument(kind.kind, source, value, kinds);
  return read;
}

/** A validated document with its id and whether it may be published. */
export function toDocument(
  kind: string,
  source: SourceFile,
  value: unknown,
  kinds: readonly KindDescriptor[] = builtInKinds,
): ContentDocument {
  const data = value as Record<string, unknown>;
  const id = data[kindNamed(kinds, kind).idField] as string;
  const published = !data.draft && data.visibility !== 'restricted';
  return { kind, id, source, data, published } as ContentDocument;
}

/** Whatever ids an invalid document declares, so its schema error is the only one reported. */
function declaredRefs(kind: KindDescriptor, data: Record<string, unknown>): string[] {
  const id = data[kind.idField];
  if (typeof id !== 'string') return [];
  const refs = [id];
  for (const { field } of kind.items) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const itemId = (item as { id?: unknown } | null)?.id;
      if (typeof itemId === 'string') refs.push(`${id}/${itemId}`);
    }
  }
  return refs;
}
