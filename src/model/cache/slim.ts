// What the check cache keeps of a document: pure, no file access (the store is ./store.ts).

/**
 * Fields no check that reads across documents looks at (their rules say `scope: 'document'`):
 * check-ins are most of an objective file, and a retrospective is prose. Dropping them keeps a
 * cached document a few small objects, so reading the cache costs far less than parsing YAML.
 */
const localFields = new Set(['checkIns', 'retrospective']);

/** A document's data without the fields only per-document checks read, down to its items. */
export function slimData(data: Record<string, unknown>): Record<string, unknown> {
  const slim: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(data)) {
    if (localFields.has(field)) continue;
    slim[field] = Array.isArray(value) ? value.map((item) => (isRecord(item) ? slimItem(item) : item)) : value;
  }
  return slim;
}

function slimItem(item: Record<string, unknown>): Record<string, unknown> {
  const slim: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(item)) if (!localFields.has(field)) slim[field] = value;
  return slim;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string a document's cached data holds: the references `check --changed` follows back to changed files. */
export function stringsOf(value: unknown, into: string[] = []): string[] {
  const stack = [value];
  while (stack.length) {
    const next = stack.pop();
    if (typeof next === 'string') into.push(next);
    else if (Array.isArray(next)) stack.push(...next);
    else if (isRecord(next)) stack.push(...Object.values(next));
  }
  return into;
}
