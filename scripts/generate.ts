#!/usr/bin/env node
// `npm run generate`: write a synthetic organisation in the content format, for benchmarks and tests.
import { parseArgs } from 'node:util';
import { writeOrganisation } from '../tools/generate/write.ts';

const usage = `Usage: npm run generate -- --objectives N --out DIR [options]

Writes a synthetic organisation (teams, people, priorities, briefs, objectives with key
results and check-ins, decisions) that passes \`npm run check\`. The same options always
give the same files, byte for byte.

Options:
  --objectives N   how many objectives to generate (at least 20)
  --out DIR        content folder to write; replaced if it holds an earlier generation
  --seed S         seed of the random sequence (default: 1)
  --today DATE     the day the organisation is generated as of (default: 2026-11-24)
  --quarters Q     quarters of history, the current one included (default: 8)
  -h, --help       show this help`;

function main(argv: string[]): number {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        objectives: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        today: { type: 'string' },
        quarters: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (!values.objectives || !values.out) {
    process.stderr.write(`--objectives and --out are required\n\n${usage}\n`);
    return 2;
  }
  const started = performance.now();
  try {
    const result = writeOrganisation(values.out, {
      objectives: Number(values.objectives),
      seed: Number(values.seed),
      today: values.today,
      quarters: values.quarters === undefined ? undefined : Number(values.quarters),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `${result.files.length} files in ${values.out}: ${values.objectives} objectives, ${result.teams} teams in ${result.levels} levels, ${result.people} people, ${result.decisions} decisions, cycles ${result.cycles[0]} to ${result.cycles.at(-1)} (${seconds} s)\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
