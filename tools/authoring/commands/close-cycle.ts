import { parseArgs } from 'node:util';
import { cycleState, parseCycle } from '../../../src/model/cycles.ts';
import { objectiveProgress } from '../../../src/model/progress.ts';
import { cycleIdSchema } from '../../../src/schemas/common.ts';
import { EditRefused } from '../frontmatter-edit.ts';
import { setGrade } from '../grade-edit.ts';
import { plural } from '../../../src/model/plural.ts';
import {
  openWorkspace,
  readContentFile,
  shownPath,
  todayFrom,
  UsageError,
  writeContentFile,
  type CommandIo,
} from '../workspace.ts';

export const usage = `Usage: throughline close-cycle <cycle> [options]

Proposes a grade for each objective of the cycle from its key results' final progress (the
mean progress from baseline to target, rounded to 0.1) and writes it as \`grade:\` into the
objectives that have none. Grades already written are kept. Lists the objectives left to
grade by hand: those with no measurable key result. Owners review the grades in the pull request.

Options:
  --dry-run       report the grades, write nothing
  --force         grade a cycle that has not started yet
  --content DIR   content folder (default: content)
  --today DATE    today's date (default: THROUGHLINE_TODAY or the real date)
  -h, --help      show this help`;

/** Runs `close-cycle`; returns the exit code. */
export function runCloseCycle(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
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
  const cycleId = positionals[0];
  if (positionals.length !== 1 || !cycleIdSchema.safeParse(cycleId).success)
    throw new UsageError('close-cycle needs one cycle, such as 2026-Q3');
  const workspace = openWorkspace(values.content, io, todayFrom(values.today));
  const { graph, today } = workspace;
  const objectives = [...(graph.objectivesByCycle.get(cycleId!) ?? [])].sort((a, b) =>
    a.source.key < b.source.key ? -1 : 1,
  );
  if (objectives.length === 0) throw new UsageError(`cycle ${cycleId} has no objectives`);
  const cycle = parseCycle(cycleId!, graph.config.fiscalYearStartMonth)!;
  const state = cycleState(cycle, today);
  if (state === 'upcoming' && !values.force)
    throw new EditRefused(`cycle ${cycleId} starts on ${cycle.start}; add --force to grade it anyway`);
  if (state === 'current') io.out(`Note: ${cycleId} ends on ${cycle.end}; grades use the progress so far.`);

  const toGrade: string[] = [];
  let written = 0;
  for (const objective of objectives) {
    const where = shownPath(workspace, objective.source.key);
    if (objective.data.grade !== undefined) {
      io.out(`kept      ${objective.id}: ${objective.data.grade}`);
      continue;
    }
    if (objective.data.status === 'cancelled') {
      io.out(`cancelled ${objective.id}: no grade`);
      continue;
    }
    const progress = objectiveProgress(graph.keyResultsOf.get(objective.id) ?? []);
    if (progress === undefined) {
      toGrade.push(`  ${objective.id} (${where}): no key result with a baseline and target`);
      continue;
    }
    const grade = Math.round(progress * 10) / 10;
    const edit = setGrade(readContentFile(workspace, objective.source.key), grade);
    if (!edit.unchanged && !values['dry-run']) writeContentFile(workspace, objective.source.key, edit.text);
    written++;
    io.out(`proposed  ${objective.id}: ${grade} (progress ${Math.round(progress * 100)} %)`);
  }
  const verb = values['dry-run'] ? 'would write' : 'wrote';
  io.out(`${verb} ${plural(written, 'grade')} in ${cycleId}.`);
  if (toGrade.length) io.out(`Still to grade by hand (${toGrade.length}):\n${toGrade.join('\n')}`);
  return 0;
}
