import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { briefSchema } from '../schemas/brief.ts';
import { decisionSchema } from '../schemas/decision.ts';
import { objectiveSchema } from '../schemas/objective.ts';
import { personSchema } from '../schemas/person.ts';
import { prioritySchema } from '../schemas/priority.ts';
import { teamSchema } from '../schemas/team.ts';
import type { Finding } from './diagnostics.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { validate } from './schema-issues.ts';
import { splitSource, type SourceFile } from './source.ts';
import type { ContentDocument, DocumentKind } from './types.ts';

const schemas: Record<DocumentKind, z.ZodType> = {
  priority: prioritySchema,
  team: teamSchema,
  person: personSchema,
  brief: briefSchema,
  objective: objectiveSchema,
  decision: decisionSchema,
};

/** A content file to read: its key in the content folder, its kind and the path diagnostics show. */
export interface DocumentFile {
  key: string;
  kind: DocumentKind;
  displayPath: string;
}

/** What reading one file gave: always its source (empty when unreadable), its findings, and the document when valid. */
export interface DocumentRead {
  source: SourceFile;
  findings: Finding[];
  document?: ContentDocument;
  /** Ids an invalid document declares, so references to them are not reported twice. */
  invalidRefs: string[];
}

/** Reads, splits, parses and validates one file; content problems become findings, never exceptions. */
export function readDocument(contentDir: string, file: DocumentFile): DocumentRead {
  const { key, kind, displayPath } = file;
  const split = splitSource(readFileSync(join(contentDir, key)), key, displayPath);
  const source = split.source ?? {
    key,
    displayPath,
    text: '',
    frontmatter: '',
    frontmatterLine: 2,
    body: '',
    bodyLine: 1,
  };
  const read: DocumentRead = { source, findings: split.findings, invalidRefs: [] };
  if (!split.source) return read;
  const parsed = parseFrontmatter(source);
  read.findings.push(...parsed.findings);
  if (!parsed.data) return read;
  const { value, findings } = validate(schemas[kind], parsed.data, key);
  read.findings.push(...findings);
  if (!value) {
    read.invalidRefs = declaredRefs(kind, parsed.data);
    return read;
  }
  read.document = toDocument(kind, source, value);
  return read;
}

/** A validated document with its id and whether it may be published. */
export function toDocument(kind: DocumentKind, source: SourceFile, value: unknown): ContentDocument {
  const data = value as ContentDocument['data'];
  const id = kind === 'brief' ? (data as { cycle: string }).cycle : (data as { id: string }).id;
  const published = !(data as { draft: boolean }).draft && (data as { visibility: string }).visibility !== 'restricted';
  return { kind, id, source, data, published } as ContentDocument;
}

/** Whatever ids an invalid document declares, so its schema error is the only one reported. */
function declaredRefs(kind: DocumentKind, data: Record<string, unknown>): string[] {
  const id = kind === 'brief' ? data.cycle : data.id;
  if (typeof id !== 'string') return [];
  const refs = [id];
  for (const field of ['keyResults', 'initiatives', 'themes', 'notNow']) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const itemId = (item as { id?: unknown } | null)?.id;
      if (typeof itemId === 'string') refs.push(`${id}/${itemId}`);
    }
  }
  return refs;
}
