#!/usr/bin/env node
// `npm run hostile`: write one adversarial content folder, to reproduce what the hostile-content gate runs.
import { parseArgs } from 'node:util';
import { hostileCases } from '../tools/hostile/index.ts';
import { hostileCase, writeHostileCase } from '../tools/hostile/write.ts';

const usage = `Usage: npm run hostile -- CASE --out DIR [--from DIR]
       npm run hostile -- --list

Copies a content folder (default: content) to DIR and adds one case of adversarial content
(test/gates/hostile-content.test.ts runs check and the build on each). Then, for example:
  npm run check -- --content DIR

Options:
  --out DIR    folder to write; replaced
  --from DIR   content folder to start from (default: content)
  --list       list the cases
  -h, --help   show this help`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        from: { type: 'string', default: 'content' },
        list: { type: 'boolean', default: false },
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
  if (values.list) {
    for (const c of hostileCases) process.stdout.write(`${c.name.padEnd(26)} ${c.probes}\n`);
    return 0;
  }
  if (positionals.length !== 1 || !values.out) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  try {
    writeHostileCase(hostileCase(positionals[0]!), values.from, values.out);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  process.stdout.write(`Wrote ${positionals[0]} into ${values.out}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
