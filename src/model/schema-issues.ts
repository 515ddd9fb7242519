import type { z } from 'zod';
import type { Finding } from './diagnostics.ts';
import { ownerListFinding, ownersFieldFinding } from './rules/okr/multiple-owners.ts';
import { numberOrBinaryFinding, percentFinding, wrongTypeFinding } from './rules/schema/invalid-type.ts';
import { badFormatFinding, notOneOfFinding, outOfRangeFinding } from './rules/schema/invalid-value.ts';
import { missingFieldFinding } from './rules/schema/missing-field.ts';
import { unknownFieldFinding } from './rules/schema/unknown-field.ts';
import { plural } from './plural.ts';
import { inFrontmatter } from './rules/schema-wording.ts';

type Path = (string | number)[];
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  errors?: Issue[][];
}

/**
 * Validates frontmatter against a kind's schema and turns every zod issue into a finding
 * that names the field, what was expected and what was found.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): { value?: z.output<S>; findings: Finding[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data, findings: [] };
  const findings = (result.error.issues as Issue[]).flatMap((issue) => issueToFindings(schema, issue, file, data));
  return { findings };
}

/**
 * Turns one zod issue into findings: this function reads the issue's shape, and the rule
 * modules word the finding (`schema/*`, and `okr/multiple-owners` for the owner shapes).
 */
function issueToFindings(schema: z.ZodType, issue: Issue, file: string, data: unknown): Finding[] {
  const path = inFrontmatter(issue.path.map((p) => (typeof p === 'number' ? p : String(p))) as Path, data);
  const name = String(path.at(-1) ?? 'frontmatter');

  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeAt(schema, path));
    return (issue.keys ?? []).map((key) =>
      key === 'owners' ? ownersFieldFinding(file, path) : unknownFieldFinding(file, path, key, known),
    );
  }
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined && path.length)
    return [missingFieldFinding(file, path, issue.expected)];
  if (name === 'owner' && Array.isArray(issue.input)) return [ownerListFinding(file, path, issue.input.length)];
  if (
    (issue.code === 'invalid_type' && issue.expected === 'number') ||
    (issue.code === 'invalid_union' && typeof issue.input === 'string')
  ) {
    // Only text can read as "50%"; a mapping written where a number belongs may not even turn into a string.
    const text = typeof issue.input === 'string' ? issue.input : '';
    const percent = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(text);
    if (percent) return [percentFinding(file, path, text, percent[1]!)];
    if (issue.code === 'invalid_union') return [numberOrBinaryFinding(file, path, issue.input)];
  }
  if (issue.code === 'invalid_type') return [wrongTypeFinding(file, path, issue.expected, issue.input)];
  if (issue.code === 'invalid_value')
    return [notOneOfFinding(file, path, (issue.values ?? []).map(String), issue.input)];
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const what =
      issue.origin === 'array'
        ? `${issue.code === 'too_small' ? 'at least' : 'at most'} ${plural(Number(bound), 'item')}`
        : issue.origin === 'string'
          ? 'a non-empty text'
          : `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound}`;
    // A list over its limit: its length says more than "a list".
    const input = issue.code === 'too_big' && Array.isArray(issue.input) ? issue.input.length : issue.input;
    return [outOfRangeFinding(file, path, what, input)];
  }
  // invalid_format and custom refinements carry the expectation as their message.
  return [badFormatFinding(file, path, issue.message, issue.input)];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

/** The object shape a path leads to in a schema, for "did you mean" on unknown fields. */
function shapeAt(schema: z.ZodType, path: Path): Record<string, z.ZodType> {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    let node = s;
    while (
      node &&
      ((node as unknown as { def: Def }).def.type === 'optional' ||
        (node as unknown as { def: Def }).def.type === 'default')
    ) {
      node = (node as unknown as { def: Def }).def.innerType;
    }
    return node;
  };
  for (const segment of path) {
    current = unwrap(current);
    const def = (current as unknown as { def: Def } | undefined)?.def;
    if (!def) return {};
    current = typeof segment === 'number' ? def.element : def.shape?.[segment];
  }
  const def = (unwrap(current) as unknown as { def: Def } | undefined)?.def;
  return def?.shape ?? {};
}
