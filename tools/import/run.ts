import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { checkContent } from '../../src/model/check.ts';
import { progressLine } from '../../src/model/progress-line.ts';
import { countBySeverity } from '../../src/model/diagnostics.ts';
import { formatDiagnostics, formatSummary } from '../../src/model/format.ts';
import { planFiles } from './emit.ts';
import { existingContent, hasFiles } from './existing.ts';
import { findHeader, mappingSchema, parseMapping } from './headers.ts';
import { planImport } from './plan.ts';
import { readSpreadsheet } from './read-sheet.ts';
import { plural } from '../../src/model/plural.ts';

export interface ImportOptions {
  /** The spreadsheet: .csv or .xlsx. */
  input: string;
  /** The content folder written to. */
  out: string;
  /** A mapping file (`--map`). */
  map?: string;
  /** Cycle and team for rows that give none. */
  cycle?: string;
  team?: string;
  /** The date treated as today (ISO). */
  today: string;
  /** Paths in the report are relative to this folder. */
  cwd: string;
  color?: boolean;
}

export interface ImportResult {
  /** The report, line by line, as printed. */
  lines: string[];
  /** 0 written and checked without errors, 1 `check` found errors, 2 could not run. */
  exitCode: number;
}

/** Reads a spreadsheet, writes the documents missing from the content folder, and checks the result. */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const input = resolve(options.cwd, options.input);
  const out = resolve(options.cwd, options.out);
  const shown = (path: string) => relative(options.cwd, path) || '.';
  const sheetName = basename(input);
  const fail = (message: string): ImportResult => ({ lines: [message], exitCode: 2 });
  if (!existsSync(input)) return fail(`${shown(input)}: no such file`);

  let mapping = mappingSchema.parse({});
  if (options.map) {
    try {
      mapping = parseMapping(
        readFileSync(resolve(options.cwd, options.map), 'utf8'),
        shown(resolve(options.cwd, options.map)),
      );
    } catch (error) {
      return fail((error as Error).message);
    }
  }
  let sheet;
  try {
    sheet = await readSpreadsheet(input);
  } catch (error) {
    return fail(
      `${shown(input)}: could not be read as ${/\.xlsx$/i.test(input) ? 'an Excel workbook' : 'CSV'} (${(error as Error).message})`,
    );
  }
  const header = findHeader(sheet.rows, mapping);
  if (!header)
    return fail(
      `${shown(input)}: no header row with an "Objective" or "Key result" column in the first ten rows (name your columns in a --map file)`,
    );

  // On a terminal a line counts the files read for each check; in CI, nothing.
  const progress = progressLine('Reading', 'files');
  const check = () => {
    const result = checkContent({
      contentDir: out,
      today: options.today,
      cwd: options.cwd,
      onProgress: progress.update,
    });
    progress.end();
    return result;
  };
  const before = hasFiles(out) ? check() : undefined;
  const existing = existingContent(out, before?.graph);
  const plan = planImport(sheet.rows, header, existing, {
    mapping,
    today: options.today,
    cycle: options.cycle,
    team: options.team,
  });
  const files = planFiles(plan, sheetName);

  const lines = sheet.notes.map((note) => `${sheetName}: ${note}`);
  for (const note of plan.notes) lines.push(`${sheetName}${note.row ? `:${note.row}` : ''}: ${note.message}`);
  const written: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const path = join(out, file.path);
    if (file.exists || existsSync(path)) {
      skipped.push(file.path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text, { flag: 'wx' });
    written.push(
      `  ${file.path}${file.what === 'team' ? ' (new team)' : file.what === 'person' ? ' (new person)' : ''}`,
    );
  }
  const objectives = plan.objectives.length;
  const krs = plan.objectives.reduce((n, o) => n + o.keyResults.length, 0);
  lines.push(`Read ${plural(objectives, 'objective')} with ${plural(krs, 'key result')} from ${shown(input)}.`);
  lines.push(
    written.length ? `Wrote ${plural(written.length, 'file')} to ${shown(out)}/:` : `Wrote nothing to ${shown(out)}/.`,
  );
  lines.push(...written);
  if (skipped.length) {
    lines.push(
      `Left ${skipped.length} file${skipped.length === 1 ? '' : 's'} that already exist${skipped.length === 1 ? 's' : ''} as ${skipped.length === 1 ? 'it is' : 'they are'}:`,
    );
    lines.push(...skipped.map((path) => `  ${path}`));
  }

  const checked = check();
  lines.push(`Check of ${shown(out)}/:`);
  const diagnostics = formatDiagnostics(checked.diagnostics, 'human', options.color);
  if (diagnostics) lines.push(diagnostics);
  lines.push(
    formatSummary(checked.diagnostics, checked.graph?.sources.size ?? 0, performance.now() - started, options.color),
  );
  const { errors } = countBySeverity(checked.diagnostics);
  return { lines, exitCode: checked.fatal ? 2 : errors > 0 ? 1 : 0 };
}
