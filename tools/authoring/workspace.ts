import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { buildGraph, type Graph } from '../../src/model/graph.ts';
import { loadContent } from '../../src/model/load.ts';
import { isIsoDate } from '../../src/schemas/common.ts';
import { EditRefused } from './frontmatter-edit.ts';

/** Where a command writes and what it reads from: its own streams, so tests can run it in-process. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
  /** Whether questions can be asked (a terminal on both ends, and not CI). */
  interactive: boolean;
  /** The working directory paths are relative to. */
  cwd: string;
}

/** The process's streams. */
export function processIo(): CommandIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true && !process.env.CI,
    cwd: process.cwd(),
  };
}

/** A problem with the command line itself: exit code 2, the message naming what to fix. */
export class UsageError extends Error {}

/** The content folder read into a graph, without running the rules (`check` does that). */
export interface Workspace {
  graph: Graph;
  contentDir: string;
  cwd: string;
  today: string;
}

/** `--today`, else THROUGHLINE_TODAY, else the real date. */
export function todayFrom(option: string | undefined): string {
  const today = option ?? (process.env.THROUGHLINE_TODAY || new Date().toISOString().slice(0, 10));
  if (!isIsoDate(today)) throw new UsageError(`--today takes a date as YYYY-MM-DD, not "${today}"`);
  return today;
}

/** Reads the content folder; one that cannot be read at all is a UsageError. */
export function openWorkspace(content: string, io: CommandIo, today: string): Workspace {
  const contentDir = resolve(io.cwd, content);
  const loaded = loadContent(contentDir, io.cwd);
  if (loaded.fatal.length)
    throw new UsageError(
      `cannot read ${content}: ${loaded.fatal.map((f) => f.message).join('; ')} (run check for details)`,
    );
  return { graph: buildGraph(loaded, { today }), contentDir, cwd: io.cwd, today };
}

/** A content-folder key as the working directory sees it. */
export function shownPath(workspace: Workspace, key: string): string {
  return relative(workspace.cwd, join(workspace.contentDir, key)).split(sep).join('/');
}

/** A file of the content folder, read as text. */
export function readContentFile(workspace: Workspace, key: string): string {
  return readFileSync(join(workspace.contentDir, key), 'utf8');
}

/** Writes a file of the content folder; `create` refuses one that exists (never overwrites). */
export function writeContentFile(workspace: Workspace, key: string, text: string, create = false): void {
  const path = join(workspace.contentDir, key);
  if (create && existsSync(path))
    throw new EditRefused(`${shownPath(workspace, key)} already exists; nothing was written`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: create ? 'wx' : 'w' });
}
