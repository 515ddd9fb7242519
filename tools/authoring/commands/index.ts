import { EditRefused } from '../frontmatter-edit.ts';
import { processIo, UsageError, type CommandIo } from '../workspace.ts';
import { runCheckin } from './checkin.ts';
import { runCloseCycle } from './close-cycle.ts';
import { runCodeowners } from './codeowners.ts';
import { runNew } from './new.ts';

/** The authoring commands by name. */
export const commands: Record<string, (argv: string[], io: CommandIo) => number | Promise<number>> = {
  new: runNew,
  checkin: runCheckin,
  'close-cycle': runCloseCycle,
  codeowners: runCodeowners,
};

/**
 * Runs one authoring command and turns its refusals into exit codes: 2 for a command line to
 * fix (UsageError, a bad option), 1 for an edit refused; anything else is a bug and is thrown.
 */
export async function runCommand(name: string, argv: string[], io: CommandIo = processIo()): Promise<number> {
  const command = commands[name];
  if (!command) {
    io.err(
      `throughline: unknown command "${name}"; commands: ${[...Object.keys(commands), 'check', 'build'].join(', ')}`,
    );
    return 2;
  }
  try {
    return await command(argv, io);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`throughline ${name}: ${(error as Error).message}`);
      return 2;
    }
    if (error instanceof EditRefused) {
      io.err(`throughline ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
