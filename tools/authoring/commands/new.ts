import * as prompts from '@clack/prompts';
import { parseArgs } from 'node:util';
import { suggest } from '../../../src/model/suggest.ts';
import type { Choice } from '../choices.ts';
import { keyResultHint, newKinds } from '../new-kinds.ts';
import { listOf, one, renderScaffold, type Answers, type NewKind, type Question } from '../scaffold.ts';
import { openWorkspace, shownPath, todayFrom, UsageError, writeContentFile, type CommandIo } from '../workspace.ts';

export const usage = `Usage: throughline new <kind> [--flag value …]

Writes a new document with valid frontmatter at the path its kind lives under, with an id
made from its title. In a terminal it asks for what the flags do not give; otherwise the
flags are all it has. It never overwrites a file.

Kinds and their flags (* required):
${newKinds
  .map(
    (kind) =>
      `  ${kind.kind.padEnd(10)} ${kind.questions
        .map((q) => `--${q.name}${q.required === true ? '*' : ''}${q.type === 'many' ? ' a,b' : ''}`)
        .join(' ')}`,
  )
  .join('\n')}

Options:
  --content DIR   content folder (default: content)
  --today DATE    today's date, YYYY-MM-DD (default: THROUGHLINE_TODAY or the real date)
  -h, --help      show this help`;

/** Runs `new`; returns the exit code. */
export async function runNew(argv: string[], io: CommandIo): Promise<number> {
  const questionFlags = Object.fromEntries(
    newKinds.flatMap((kind) =>
      kind.questions.map((q) => [q.name, { type: 'string' as const, multiple: q.type === 'many' }]),
    ),
  );
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...questionFlags,
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
  const workspace = openWorkspace(values.content as string, io, todayFrom(values.today as string | undefined));
  const { graph } = workspace;
  const kind = await pickKind(positionals[0], io);
  if (!kind) return cancelled(io);
  const flags = values as unknown as Answers;
  const answers: Answers = {};
  const missing: string[] = [];
  for (const question of kind.questions) {
    const choices = question.choices?.(graph, answers) ?? [];
    const required = typeof question.required === 'function' ? question.required(graph, answers) : question.required;
    let answer = flags[question.name];
    if (answer === undefined && io.interactive) {
      const asked = await ask(question, choices, required, question.initial?.(graph, answers, workspace.today));
      if (prompts.isCancel(asked) || typeof asked === 'symbol') return cancelled(io);
      answer = asked;
    }
    answer ??= question.initial?.(graph, answers, workspace.today);
    const empty = question.type === 'many' ? listOf(answer).length === 0 : one(answer) === undefined;
    if (empty) {
      if (required) missing.push(`--${question.name}`);
      continue;
    }
    validateAnswer(question, answer!, choices);
    answers[question.name] = answer;
  }
  if (missing.length) throw new UsageError(`new ${kind.kind} needs ${missing.join(', ')}`);
  const scaffold = kind.build(answers, graph, workspace.today);
  const text = renderScaffold(graph, kind.kind, scaffold, kind.kind === 'objective' ? keyResultHint : undefined);
  writeContentFile(workspace, scaffold.key, text, true);
  io.out(`Created ${shownPath(workspace, scaffold.key)} (id ${scaffold.id}).`);
  io.out(nextStep(kind.kind));
  return 0;
}

function nextStep(kind: string): string {
  if (kind === 'objective') return 'Next: add its key results under keyResults, then run `npm run check`.';
  if (kind === 'decision') return 'Next: write its context, options and consequences, then run `npm run check`.';
  return 'Next: write the text of its page below the frontmatter, then run `npm run check`.';
}

function cancelled(io: CommandIo): number {
  io.err('Cancelled; nothing was written.');
  return 1;
}

async function pickKind(name: string | undefined, io: CommandIo): Promise<NewKind | undefined> {
  const names = newKinds.map((kind) => kind.kind);
  if (name === undefined) {
    if (!io.interactive) throw new UsageError(`new needs a kind: ${names.join(', ')}`);
    const picked = await prompts.select({
      message: 'What do you want to add?',
      options: names.map((value) => ({ value, label: value })),
    });
    return prompts.isCancel(picked) ? undefined : newKinds.find((kind) => kind.kind === picked);
  }
  const kind = newKinds.find((candidate) => candidate.kind === name);
  if (!kind) throw new UsageError(`new cannot write a "${name}"; kinds: ${names.join(', ')}`);
  return kind;
}

/** A flag's value must be one of the choices when there are any (a people registry, teams…). */
function validateAnswer(question: Question, answer: string | string[], choices: Choice[]): void {
  const values = question.type === 'many' ? listOf(answer) : [one(answer)!];
  for (const value of values) {
    const invalid = question.invalid?.(value);
    if (invalid) throw new UsageError(`--${question.name} takes ${invalid}, not "${value}"`);
    if (choices.length === 0 || choices.some((choice) => choice.value === value)) continue;
    const suggestion = suggest(
      value,
      choices.map((choice) => choice.value),
    );
    const hint = suggestion ? `; did you mean "${suggestion}"?` : `; run in a terminal to pick from a list`;
    throw new UsageError(`--${question.name} "${value}" is none of the ${choices.length} choices${hint}`);
  }
}

async function ask(
  question: Question,
  choices: Choice[],
  required: boolean,
  initial: string | undefined,
): Promise<string | string[] | symbol | undefined> {
  const message = required ? question.message : `${question.message} (optional)`;
  if (question.type === 'text' || choices.length === 0)
    return prompts.text({
      message,
      initialValue: initial,
      validate: (value) =>
        value?.trim() ? question.invalid?.(value.trim()) : required ? 'This one is needed.' : undefined,
    });
  if (question.type === 'one')
    return prompts.autocomplete({
      message,
      options: choices,
      initialValue: initial,
      maxItems: 10,
    });
  return prompts.autocompleteMultiselect({ message, options: choices, required, maxItems: 10 });
}
