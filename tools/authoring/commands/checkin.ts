import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { applyRows, readRows, type CheckInRow } from '../check-in-rows.ts';
import { openWorkspace, shownPath, todayFrom, UsageError, writeContentFile, type CommandIo } from '../workspace.ts';

export const usage = `Usage: throughline checkin <objective-id>/<kr-id> <value> [options]
       throughline checkin --from metrics.csv|metrics.json [options]

Appends a dated check-in to a key result in its objective's file; nothing else in the file
changes. The value is a number in the key result's unit (45, 45%, 565 ms) or, for a binary
result, yes/no/true/false.

Options:
  --confidence LEVEL  high, medium or low
  --note TEXT         what changed since the last check-in
  --date DATE         the day measured, YYYY-MM-DD (default: today)
  --from FILE         apply one row per key result from a CSV (header: ref,value,confidence,note,date)
                      or JSON file (an array of objects with those fields); all rows or none
  --force             record a check-in in a cycle that has closed
  --dry-run           report what would change, write nothing
  --content DIR       content folder (default: content)
  --today DATE        today's date (default: THROUGHLINE_TODAY or the real date)
  -h, --help          show this help

Exit codes: 0 written (or already there), 1 refused (nothing written), 2 bad command line.`;

/** Runs `checkin`; returns the exit code. */
export function runCheckin(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      confidence: { type: 'string' },
      note: { type: 'string' },
      date: { type: 'string' },
      from: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(usage);
    return 0;
  }
  let rows: CheckInRow[];
  if (values.from !== undefined) {
    if (positionals.length || values.confidence || values.note || values.date)
      throw new UsageError(
        '--from takes every check-in from the file: give no key result, value, --confidence, --note or --date',
      );
    rows = readMetrics(resolve(io.cwd, values.from));
  } else {
    if (positionals.length !== 2)
      throw new UsageError('checkin needs a key result and a value: checkin <objective-id>/<kr-id> <value>');
    const [ref, value] = positionals as [string, string];
    rows = [{ ref, value, confidence: values.confidence, note: values.note, date: values.date }];
  }
  const workspace = openWorkspace(values.content, io, todayFrom(values.today));
  const { outcomes, texts } = applyRows(workspace, rows, values.force);
  for (const { row, status, message } of outcomes)
    (status === 'refused' ? io.err : io.out)(`${status.padEnd(9)} ${row.ref}: ${message}`);
  const refused = outcomes.filter((outcome) => outcome.status === 'refused').length;
  if (refused) {
    io.err(`${refused} of ${outcomes.length} refused; nothing was written.`);
    return 1;
  }
  const written: string[] = [];
  for (const [key, text] of texts) {
    if (!values['dry-run']) writeContentFile(workspace, key, text);
    written.push(shownPath(workspace, key));
  }
  const verb = values['dry-run'] ? 'would change' : 'changed';
  io.out(written.length ? `${verb} ${written.join(', ')}` : 'Nothing to change.');
  return 0;
}

function readMetrics(path: string): CheckInRow[] {
  const extension = extname(path).toLowerCase();
  if (extension !== '.csv' && extension !== '.json')
    throw new UsageError(`--from reads a .csv or .json file, not "${path}"`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return readRows(text, extension === '.csv' ? 'csv' : 'json');
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`${path}: ${error.message}`);
    throw new UsageError(`${path} is not valid ${extension.slice(1).toUpperCase()}: ${(error as Error).message}`);
  }
}
