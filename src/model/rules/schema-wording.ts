// Words the schema rules share to say what a field expected and what it received.

type Path = readonly (string | number)[];
const frontmatterOf = new WeakMap<Path, unknown>();

/** Remembers the frontmatter a path was found in, so that `fieldName` can name list items as people do. */
export function inFrontmatter<P extends Path>(path: P, data: unknown): P {
  frontmatterOf.set(path, data);
  return path;
}

/**
 * A field's path as messages show it: a list item by its id or date when it has one, by its
 * index otherwise (`keyResults[p95].checkIns[2026-10-07].date`, `themes[1]`), and
 * `frontmatter` for the whole block.
 */
export function fieldName(path: Path, data: unknown = frontmatterOf.get(path)): string {
  if (!path.length) return 'frontmatter';
  let shown = '';
  let node = data;
  for (const segment of path) {
    const next = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const item = (next ?? {}) as { id?: unknown; date?: unknown };
      const label = [item.id, item.date].find((v) => typeof v === 'string' && /^[^\s[\]]{1,60}$/.test(v));
      shown += `[${label ?? segment}]`;
    } else shown += shown ? `.${segment}` : segment;
    node = next;
  }
  return shown;
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
