import type { z } from 'zod';

/**
 * What a string field of a schema accepts, found by trying sample values rather than by reading
 * its checks: free text, an id or reference, an e-mail address, a URL, or a fixed format (a cycle,
 * a date) that no canary fits in.
 */
export type StringKind = 'text' | 'id' | 'email' | 'url' | 'fixed';

/** One string field of a document schema, with its path in the frontmatter (`keyResults[].checkIns[].note`). */
export interface StringField {
  path: string;
  kind: StringKind;
}

/** The shape of a zod 4 schema's definition, as far as this walk reads it. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Wrappers that only change what a missing value means. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema inside optional/default/… wrappers and pipes. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (wrappers.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** A sample of each kind; the first one a string schema accepts names its kind. */
function samples(label: string): [StringKind, string][] {
  const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return [
    ['text', `Zqx7canary ${label}`],
    ['id', `zqx7canary-${slug}`.replace(/-+$/, '')],
    ['email', `zqx7canary.${slug.replace(/-/g, '.')}@example.com`.replace(/\.+@/, '@')],
    ['url', `https://tracker.example/zqx7canary/${slug}`],
  ];
}

function kindOf(schema: z.ZodType): StringKind {
  return samples('probe').find(([, value]) => schema.safeParse(value).success)?.[0] ?? 'fixed';
}

/** Every string field of a schema, however deep, with its kind; enums, numbers and booleans are not strings. */
export function stringFields(schema: z.ZodType, path = ''): StringField[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => stringFields(child, path ? `${path}.${key}` : key));
    case 'array':
      return stringFields(def.element!, `${path}[]`);
    case 'union':
      return def.options!.flatMap((option) => stringFields(option, path));
    case 'string':
      return [{ path, kind: kindOf(inner) }];
    default:
      return [];
  }
}

const kept = Symbol('kept');
/** A value in a template that `fillText` leaves as written (a keyword a published objective must match). */
export function keep<T>(value: T): T {
  return { [kept]: value } as unknown as T;
}

/**
 * A document's frontmatter with a canary in every field that can hold one: free text replaces
 * whatever the template wrote, and text, e-mail and URL fields it left out are added (lists of
 * text get one entry). Ids and references stay as the template wrote them, since they must
 * resolve; objects inside lists are only filled where the template made room for them.
 */
export function fillText(schema: z.ZodType, value: unknown, label: string): unknown {
  if (value && typeof value === 'object' && kept in value) return (value as { [kept]: unknown })[kept];
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, child] of Object.entries(def.shape!)) {
      const where = `${label}.${key}`;
      if (out[key] !== undefined) out[key] = fillText(child, out[key], where);
      else {
        const added = missingValue(child, where);
        if (added !== undefined) out[key] = added;
      }
    }
    return out;
  }
  if (def.type === 'array' && Array.isArray(value)) {
    const filled = value.map((item) => fillText(def.element!, item, `${label}[]`));
    const leaf = unwrap(def.element!);
    if (defOf(leaf).type === 'string' && kindOf(leaf) === 'text' && !filled.some(hasCanary))
      filled.push(sampleOf('text', `${label}[]`));
    return filled;
  }
  if (def.type === 'string' && kindOf(inner) === 'text') return sampleOf('text', label);
  return value;
}

/** A value for a field the template left out: text, e-mail or URL (or a list of text); nothing for the rest. */
function missingValue(schema: z.ZodType, label: string): unknown {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'string') {
    const kind = kindOf(inner);
    return kind === 'text' || kind === 'email' || kind === 'url' ? sampleOf(kind, label) : undefined;
  }
  if (def.type === 'array') {
    const leaf = unwrap(def.element!);
    if (defOf(leaf).type === 'string' && kindOf(leaf) === 'text') return [sampleOf('text', `${label}[]`)];
  }
  return undefined;
}

function sampleOf(kind: StringKind, label: string): string {
  return samples(label).find(([k]) => k === kind)![1];
}

function hasCanary(value: unknown): boolean {
  return typeof value === 'string' && value.toLowerCase().includes('zqx7canary');
}

/** The values at a field path of `stringFields` in a document's frontmatter. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let values = [data];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const key = list ? step.slice(0, -2) : step;
    values = values.flatMap((v) => {
      const next = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
      return list ? (Array.isArray(next) ? next : []) : next === undefined ? [] : [next];
    });
  }
  return values;
}
