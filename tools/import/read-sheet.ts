import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

/** A spreadsheet's cells, row by row; row `i` is the sheet's row `i + 1`. */
export interface SheetData {
  rows: unknown[][];
  /** What reading had to guess, said once (an encoding, a delimiter). */
  notes: string[];
}

/** Reads the first sheet of an .xlsx file, or a CSV file (comma, semicolon or tab separated, UTF-8 or Windows-1252). */
export async function readSpreadsheet(path: string): Promise<SheetData> {
  if (extname(path).toLowerCase() === '.xlsx') return { rows: await readSheet(path), notes: [] };
  return parseCsv(readFileSync(path));
}

/** A CSV file's rows; empty lines are kept so that row numbers stay those of the sheet. */
export function parseCsv(bytes: Uint8Array): SheetData {
  const notes: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows saves "CSV" in the machine's code page.
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push('not UTF-8; read as Windows-1252 (save as "CSV UTF-8" to be sure)');
  }
  const delimiter = guessDelimiter(text);
  const rows = parse(text, {
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
  return { rows, notes };
}

/** The delimiter of the first line: Excel in much of Europe writes ";", tab-separated text comes from copy and paste. */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}
