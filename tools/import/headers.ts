import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { columnByHeader, columnKeys, normaliseHeader, type ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import { cellText } from './cells.ts';

/** `--map mapping.yaml`: what a sheet's own headers mean, and how its cells are written. */
export const mappingSchema = z.strictObject({
  /** Header in the sheet → column key (`Ziel: objective`), or `ignore`. */
  columns: z.record(z.string(), z.enum([...columnKeys, 'ignore'])).default({}),
  /** "," separates decimals: "1,5" and "1.200,5". */
  decimalComma: z.boolean().default(false),
  /** Dates such as 10/7/2026 are month first (US). */
  monthFirst: z.boolean().default(false),
  /** Values for rows whose cell is blank and for columns the sheet does not have. */
  defaults: z.strictObject({ cycle: z.string().optional(), team: z.string().optional() }).default({}),
});

export type Mapping = z.output<typeof mappingSchema>;

/** Reads a mapping file's text; throws a RangeError that names the bad field. */
export function parseMapping(text: string, name: string): Mapping {
  const result = mappingSchema.safeParse(parseYaml(text) ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new RangeError(`${name}: ${issue.path.join('.') || 'mapping'}: ${issue.message}`);
}

export interface HeaderRow {
  /** Index of the header row among the sheet's rows. */
  index: number;
  /** The cell index of each column found. */
  columns: Map<ColumnKey, number>;
  /** Headers not read, and headers naming a column twice: said once in the report. */
  notes: string[];
}

/**
 * The header row: the first of the first ten rows naming an objective or key result column
 * (sheets often carry a title row or two above it). Undefined when there is none.
 */
export function findHeader(rows: readonly unknown[][], mapping: Mapping): HeaderRow | undefined {
  const mapped = new Map(Object.entries(mapping.columns).map(([header, key]) => [normaliseHeader(header), key]));
  for (let index = 0; index < Math.min(rows.length, 10); index++) {
    const headers = (rows[index] ?? []).map((cell) => cellText(cell));
    const keys = headers.map((h) => mapped.get(normaliseHeader(h)) ?? columnByHeader.get(normaliseHeader(h)));
    if (!keys.includes('objective') && !keys.includes('keyResult')) continue;
    const columns = new Map<ColumnKey, number>();
    const notes: string[] = [];
    headers.forEach((header, i) => {
      const key = keys[i];
      if (key === 'ignore' || (!header && key === undefined)) return;
      if (key === undefined) notes.push(`column "${header}" is not read (name it in a --map file to read it)`);
      else if (columns.has(key))
        notes.push(`column "${header}" is not read: "${headers[columns.get(key)!]}" is read as ${key}`);
      else columns.set(key, i);
    });
    return { index, columns, notes };
  }
  return undefined;
}
