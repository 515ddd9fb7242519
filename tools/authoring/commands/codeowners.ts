import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { codeownersFor } from '../codeowners.ts';
import { openWorkspace, todayFrom, type CommandIo } from '../workspace.ts';

export const usage = `Usage: throughline codeowners [options]

Writes a CODEOWNERS file from the team tree, so that the git host asks the right people to
review each change: a team's page and objectives its lead, a priority or brief its owner, a
decision its deciders, everything else the company's lead. People are named by \`handle\`
(@handle) in their people file, else by \`email\`. Paths start with \`contentPath\` from
throughline.yaml: the content folder's place in the repository.

Options:
  --out FILE      where to write (default: .github/CODEOWNERS at the root of the git repository)
  --check         write nothing; exit 1 when the file is missing or differs
  --content DIR   content folder (default: content)
  -h, --help      show this help`;

/** Runs `codeowners`; returns the exit code. */
export function runCodeowners(argv: string[], io: CommandIo): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const workspace = openWorkspace(values.content, io, todayFrom(values.today));
  const { contentPath } = workspace.graph.config;
  const root = repositoryRoot(workspace.contentDir) ?? io.cwd;
  const actual = relative(root, workspace.contentDir).split(sep).join('/');
  if (actual !== contentPath.replace(/^\.?\/+|\/+$/g, ''))
    io.err(
      `note: contentPath in throughline.yaml is "${contentPath}", but the content folder is "${actual}" in the repository; the file uses contentPath`,
    );
  const { text, unmapped } = codeownersFor(workspace.graph, contentPath);
  if (unmapped.length)
    io.err(
      `note: no handle or email for ${unmapped.join(', ')}; their lines are left as comments (add \`handle:\` to their people files)`,
    );
  const out = values.out === undefined ? join(root, '.github/CODEOWNERS') : resolve(io.cwd, values.out);
  const shown = relative(io.cwd, out).split(sep).join('/');
  const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
  if (values.check) {
    if (current === text) return 0;
    io.err(`${shown} is ${current === undefined ? 'missing' : 'out of date'}; run throughline codeowners`);
    return 1;
  }
  if (current === text) {
    io.out(`${shown} is up to date.`);
    return 0;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  io.out(`Wrote ${shown}.`);
  return 0;
}

/** The top of the git work tree holding a folder, or undefined outside one (or without git). */
function repositoryRoot(dir: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
