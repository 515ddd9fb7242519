// `check --changed <ref>`: which content files changed since a git ref, and which diagnostics concern them.
import { execFile, execFileSync } from 'node:child_process';
import type { Diagnostic } from './diagnostics.ts';
import { slimData, stringsOf } from './cache/slim.ts';
import { parseFrontmatter } from './frontmatter.ts';
import type { Graph } from './graph.ts';
import { maxFileBytes } from './rules/parse/file-too-large.ts';
import { splitSource } from './source.ts';

/** A kind as `--changed` needs it: its folder and the field its id is in. */
export interface KindFolder {
  folder: string;
  idField: string;
}

export interface ChangedFiles {
  /** Keys (paths under the content folder) changed, added, deleted or untracked since the ref. */
  keys: Set<string>;
  /** Ids the changed files declared at the ref: references to a removed or renamed id concern the change too. */
  idsAtRef: string[];
}

/**
 * Content files changed since `ref` (committed, staged, in the work tree, or untracked), by git
 * run in the content folder. The two listings run while the caller goes on (the check, in
 * `check --changed`); their ids at the ref are read once both are in.
 */
export async function changedSince(
  contentDir: string,
  ref: string,
  kinds: Promise<readonly KindFolder[]>,
): Promise<ChangedFiles | { error: string }> {
  if (!ref || ref.startsWith('-') || /[:\s\u0000-\u001f\u007f]/.test(ref))
    return { error: `"${ref}" is not a git ref` };
  const git = (args: string[]) =>
    new Promise<string>((done, fail) =>
      execFile(
        'git',
        args,
        { cwd: contentDir, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
        (error, stdout, stderr) => (error ? fail(Object.assign(error, { stderr })) : done(stdout)),
      ),
    );
  let listed: string;
  try {
    const [diff, untracked] = await Promise.all([
      git(['diff', '--name-only', '--no-renames', '--relative', '-z', ref, '--', '.']),
      git(['ls-files', '--others', '--exclude-standard', '-z', '--', '.']),
    ]);
    listed = diff + untracked;
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    return { error: `git could not list the files changed since ${ref}${stderr ? `: ${stderr}` : ''}` };
  }
  const keys = new Set(listed.split('\0').filter((key) => /\.mdx?$/i.test(key)));
  const byFolder = new Map((await kinds).map((kind) => [kind.folder, kind]));
  const idsAtRef: string[] = [];
  for (const key of keys) {
    const kind = byFolder.get(key.split('/')[0]!);
    if (!kind) continue;
    let bytes: Buffer;
    try {
      bytes = execFileSync('git', ['show', '--no-textconv', `${ref}:./${key}`], {
        cwd: contentDir,
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: maxFileBytes + 1,
      });
    } catch {
      continue; // Added since the ref.
    }
    const source = splitSource(bytes, key, key).source;
    const data = source && parseFrontmatter(source).data;
    const id = (data as Record<string, unknown> | undefined)?.[kind.idField];
    if (typeof id === 'string') idsAtRef.push(id);
  }
  return { keys, idsAtRef };
}

/** What `check` gave, as far as `--changed` reads it: from the cache's index, or from the graph of a run without one. */
interface CheckedContent {
  diagnostics: Diagnostic[];
  graph?: Graph;
  index?: {
    files: Record<string, readonly [number, number, string, string | null]>;
    strings: Record<string, string[]>;
  };
}

/**
 * The diagnostics that concern a change: those in changed files, those that name one, and
 * those of checks across documents in a file that refers to an id a changed file declares now
 * or declared at the ref (a reference left pointing at a removed id).
 */
export function concerningChange(
  result: CheckedContent,
  changed: ChangedFiles,
  displayPathOf: (key: string) => string,
  crossRule: (rule: string) => boolean,
): Diagnostic[] {
  const documents = new Map(result.graph?.documents.map((d) => [d.source.key, d]));
  const keyOf = new Map<string, string>();
  for (const key of result.index ? Object.keys(result.index.files) : documents.keys())
    keyOf.set(displayPathOf(key), key);
  const displayPaths = new Set([...changed.keys].map(displayPathOf));
  const ids = new Set(changed.idsAtRef);
  for (const key of changed.keys) {
    const id = result.index?.files[key]?.[3] ?? documents.get(key)?.id;
    if (id) ids.add(id);
  }
  const stringsIn = (file: string): readonly string[] => {
    const key = keyOf.get(file);
    if (key === undefined) return [];
    if (result.index) return result.index.strings[key] ?? [];
    const data = documents.get(key)?.data;
    return data ? stringsOf(slimData(data as Record<string, unknown>)) : [];
  };
  const touches = (text: string) => ids.has(text) || (text.includes('/') && ids.has(text.split('/')[0]!));
  return result.diagnostics.filter(
    (d) =>
      displayPaths.has(d.file) ||
      d.mentions?.some((m) => displayPaths.has(m)) ||
      (crossRule(d.rule) && ids.size > 0 && stringsIn(d.file).some(touches)),
  );
}
