// Words the schema rules share to say what a field expected and what it received.

/** A field's path as messages show it: `keyResults.0.title`, or `frontmatter` for the whole block. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.length ? path.join('.') : 'frontmatter';
}

/** An expected type with its article: "a string", "a list", "true or false". */
export function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping of fields';
  if (expected === 'boolean') return 'true or false';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** A received value as a reader would name it: `"actve"`, `a list`, `a mapping`, `13`. */
export function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `"${input.length > 60 ? `${input.slice(0, 57)}…` : input}"`;
  return String(input);
}
