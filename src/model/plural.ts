/** A count with its noun, in the singular for one: `1 person`, `3 people`, `0 errors`. */
export function plural(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
