import type { z } from 'zod';
import type { Finding } from './diagnostics.ts';
import { didYouMean } from './suggest.ts';

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
  const findings = (result.error.issues as Issue[]).flatMap((issue) => issueToFindings(schema, issue, file));
  return { findings };
}

function issueToFindings(schema: z.ZodType, issue: Issue, file: string): Finding[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p))) as Path;
  const field = path.length ? path.join('.') : 'frontmatter';
  const name = String(path.at(-1) ?? 'frontmatter');
  const at = (p: Path, part: 'key' | 'value' = 'value') => ({ path: p, part });

  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeAt(schema, path));
    return (issue.keys ?? []).map((key) => {
      if (key === 'owners') {
        return {
          file,
          place: at([...path, key], 'key'),
          rule: 'okr/multiple-owners',
          message: 'Field "owners" is not allowed: an objective or key result has exactly one owner',
          hint: 'Keep one accountable person in `owner`; name contributors in the body or on initiatives.',
        };
      }
      return {
        file,
        place: at([...path, key], 'key'),
        rule: 'schema/unknown-field',
        message: `Unknown field "${key}"${path.length ? ` in ${field}` : ''}${didYouMean(key, known)}`,
        hint: known.length ? `Allowed fields: ${known.join(', ')}.` : undefined,
      };
    });
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [
      {
        file,
        place: at(path.slice(0, -1), 'key'),
        rule: 'schema/missing-field',
        message: `Missing required field "${field}"`,
        hint: `Add \`${name}:\` with ${article(issue.expected ?? 'a value')}.`,
      },
    ];
  }
  if (name === 'owner' && Array.isArray(issue.input)) {
    return [
      {
        file,
        place: at(path),
        rule: 'okr/multiple-owners',
        message: `${field} lists ${issue.input.length} people; exactly one owner is allowed`,
        hint: 'Keep one accountable person; name contributors in the body or on initiatives.',
      },
    ];
  }
  if (
    (issue.code === 'invalid_type' && issue.expected === 'number') ||
    (issue.code === 'invalid_union' && typeof issue.input === 'string')
  ) {
    // Only text can read as "50%"; a mapping written where a number belongs may not even turn into a string.
    const text = typeof issue.input === 'string' ? issue.input : '';
    const percent = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(text);
    if (percent) {
      return [
        {
          file,
          place: at(path),
          rule: 'schema/invalid-type',
          message: `${field} must be a number, not "${text}"`,
          hint: `Write ${percent[1]!.replace(',', '.')} and put "%" in the key result's \`unit\` (type: percentage).`,
        },
      ];
    }
    if (issue.code === 'invalid_union') {
      return [
        {
          file,
          place: at(path),
          rule: 'schema/invalid-type',
          message: `${field} must be a number (or true/false for a binary result), received ${describe(issue.input)}`,
          hint: 'Write the measured value as a plain number.',
        },
      ];
    }
  }
  if (issue.code === 'invalid_type') {
    return [
      {
        file,
        place: at(path),
        rule: 'schema/invalid-type',
        message: `${field} must be ${article(issue.expected ?? 'another type')}, received ${describe(issue.input)}`,
        hint: typeHint(issue.expected, issue.input),
      },
    ];
  }
  if (issue.code === 'invalid_value') {
    const values = (issue.values ?? []).map(String);
    return [
      {
        file,
        place: at(path),
        rule: 'schema/invalid-value',
        message: `${field} must be one of ${values.map((v) => `"${v}"`).join(', ')}, received ${describe(issue.input)}${typeof issue.input === 'string' ? didYouMean(issue.input, values) : ''}`,
        hint: `Use one of: ${values.join(', ')}.`,
      },
    ];
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
    const what =
      issue.origin === 'array'
        ? `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound} item(s)`
        : issue.origin === 'string'
          ? 'a non-empty text'
          : `${issue.code === 'too_small' ? 'at least' : 'at most'} ${bound}`;
    return [
      {
        file,
        place: at(path),
        rule: 'schema/invalid-value',
        message: `${field} must be ${what}, received ${tooBig(issue) ? `${(issue.input as unknown[]).length}` : describe(issue.input)}`,
        hint: undefined,
      },
    ];
  }
  // invalid_format and custom refinements carry the expectation as their message.
  return [
    {
      file,
      place: at(path),
      rule: 'schema/invalid-value',
      message: `${field} must be ${issue.message.replace(/^Invalid /, 'a valid ')}, received ${describe(issue.input)}`,
      hint: formatHint(issue),
    },
  ];
}

/** A list over its limit: its length says more than "a list". */
function tooBig(issue: Issue): boolean {
  return issue.code === 'too_big' && Array.isArray(issue.input);
}

function formatHint(issue: Issue): string | undefined {
  if (/ISO date/.test(issue.message)) return 'Write dates as YYYY-MM-DD, e.g. 2026-10-07.';
  if (/url/i.test(issue.message)) return 'Use a full http(s) address.';
  if (/lowercase/.test(issue.message))
    return 'Ids use lowercase letters, digits and hyphens, e.g. sales-q4-enterprise-pipeline.';
  return undefined;
}

function typeHint(expected: string | undefined, input: unknown): string | undefined {
  if (expected === 'string' && input !== null && typeof input === 'object')
    return 'Quote the text, or remove the nested fields.';
  if (expected === 'array') return 'Write a list: one `- item` per line, or [a, b].';
  if (expected === 'string' && typeof input === 'number') return 'Quote the value if it is meant as text.';
  return undefined;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping of fields';
  if (expected === 'boolean') return 'true or false';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `"${input.length > 60 ? `${input.slice(0, 57)}…` : input}"`;
  return String(input);
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
