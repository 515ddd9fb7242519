#!/usr/bin/env node
// `npx throughline <command>`: one entry point for the authoring commands, and for check and build.
import { spawnSync } from 'node:child_process';
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache?.();

/** Commands that are scripts of their own, run as they are with the same Node. */
const scripts: Record<string, string> = { check: 'check.ts', build: 'build.ts', generate: 'generate.ts' };

const usage = `Usage: throughline <command> [options]      (or: npm run <command> -- [options])

Commands:
  new <kind>          write a new priority, team, person, brief, objective or decision
  checkin <kr> <val>  append a check-in to a key result (or a batch with --from)
  close-cycle <cycle> propose grades from final progress; list what is left to grade
  codeowners          write CODEOWNERS from the team tree
  check               validate the content (see docs/check.md)
  build               check and build the site
  generate            write a generated organisation (benchmarks)

\`throughline <command> --help\` shows a command's options; docs/cli.md has them all.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  const script = scripts[command];
  if (script) {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, script), ...rest], { stdio: 'inherit' });
    return result.status ?? 1;
  }
  const { runCommand } = await import('../tools/authoring/commands/index.ts');
  return runCommand(command, rest);
}

process.exitCode = await main(process.argv.slice(2));
