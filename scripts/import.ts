#!/usr/bin/env node
// `npm run import -- okrs.csv`: turn a spreadsheet of OKRs (one row per key result) into content files.
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/schemas/common.ts';
import { runImport } from '../tools/import/run.ts';

const usage = `Usage: npm run import -- SHEET [options]

Reads SHEET (.csv or .xlsx, one row per key result) and writes an objective file per
objective, with the teams and people it names, into the content folder; files that
exist are never overwritten. Then checks the content folder and prints what check found.
The guide, with the columns read: docs/import.md.

Options:
  --out DIR       content folder to write into (default: content)
  --map FILE      mapping file (YAML): your headers, decimal commas, month-first dates
  --cycle CYCLE   cycle of rows that give none (e.g. 2026-Q4)
  --team TEAM     team of rows that give none
  --today DATE    treat DATE (YYYY-MM-DD) as today: the date of undated check-ins
  -h, --help      show this help

Exit codes: 0 written (or already there) and no errors, 1 check found errors, 2 could not run.`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string', default: 'content' },
        map: { type: 'string' },
        cycle: { type: 'string' },
        team: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`Give one spreadsheet to import.\n\n${usage}\n`);
    return 2;
  }
  const today = values.today ?? (process.env.THROUGHLINE_TODAY || new Date().toISOString().slice(0, 10));
  if (!isIsoDate(today)) {
    process.stderr.write(`--today takes a date as YYYY-MM-DD, not "${today}"\n`);
    return 2;
  }
  const result = await runImport({
    input: positionals[0]!,
    out: values.out,
    map: values.map,
    cycle: values.cycle,
    team: values.team,
    today,
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  });
  (result.exitCode === 2 ? process.stderr : process.stdout).write(`${result.lines.join('\n')}\n`);
  return result.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
