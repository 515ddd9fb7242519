import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';

/** One commit as the history pages show it. */
export interface Commit {
  hash: string;
  author: string;
  /** Day of the commit (author date), ISO. */
  date: string;
  subject: string;
}

/**
 * A file as one commit left it. `text` is absent when the commit deleted it, and when the file
 * has no other version to compare with (added once, never changed or moved): nothing reads it.
 */
export interface FileVersion {
  commit: Commit;
  deleted: boolean;
  text?: string;
}

/** What git knows about the content folder. */
export interface ContentHistory {
  /** Versions of each file (key relative to the content folder), oldest first. */
  files: Map<string, FileVersion[]>;
  /** Every commit that touched the content folder, newest first. */
  commits: Commit[];
  /** The day each file of the content folder last changed (committer date: when it landed). */
  lastChanged: Map<string, string>;
  /**
   * True when the checkout is shallow: the oldest commit seen then shows every file as added,
   * so its versions are where the history starts, not where the files were created.
   */
  shallow: boolean;
  /** Why there is no history (no git, not a repository), for the pages to say; absent when there is one. */
  note?: string;
}

const git = (cwd: string, args: string[], input?: string): Buffer =>
  execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: 2 * 1024 * 1024 * 1024,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'],
  });

/**
 * Reads the history of the content folder with two git processes for the whole build: one
 * `git log` listing every commit and the files it changed, with the blob each change left, one
 * `git cat-file --batch` reading those blobs. Never one process per file or per commit. Blobs are
 * asked for by id, not as `<commit>:<path>`: git then reads each object straight away instead of
 * walking the commit's trees for every version (about three times faster).
 * `wanted` picks the files whose versions are read (the others still count for dates).
 */
export function readContentHistory(contentDir: string, wanted: (key: string) => boolean): ContentHistory {
  const files = new Map<string, FileVersion[]>();
  const lastChanged = new Map<string, string>();
  let top: string;
  let shallow: boolean;
  try {
    const [topLine, shallowLine] = git(contentDir, ['rev-parse', '--show-toplevel', '--is-shallow-repository'])
      .toString('utf8')
      .split('\n');
    top = topLine!;
    shallow = shallowLine === 'true';
  } catch {
    return {
      files,
      commits: [],
      lastChanged,
      shallow: false,
      note: 'The content folder is not in a git repository, so no history is shown.',
    };
  }
  const prefix = relative(top, contentDir).split('\\').join('/');
  let log: string;
  try {
    log = git(contentDir, [
      '-c',
      'core.quotePath=off',
      'log',
      '--format=%x1e%H%x1f%an%x1f%ad%x1f%cs%x1f%s',
      '--date=short',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      '-z',
      '--',
      '.',
    ]).toString('utf8');
  } catch {
    return { files, commits: [], lastChanged, shallow, note: 'git could not read the history of the content folder.' };
  }
  const commits: Commit[] = [];
  const changes: { commit: Commit; key: string; blob: string; deleted: boolean }[] = [];
  for (const record of log.split('\x1e')) {
    if (!record) continue;
    const [head, ...rest] = record.split('\0');
    const [hash, author, date, landed, subject] = head!.replace(/\n$/, '').split('\x1f') as [
      string,
      string,
      string,
      string,
      string,
    ];
    // A subject holding the record separator splits its commit; the part without a hash is dropped.
    if (!/^[0-9a-f]{40,64}$/.test(hash)) continue;
    const commit: Commit = { hash, author, date, subject };
    commits.push(commit);
    // After the header: change, path, change, path… (-z keeps names with any character whole).
    // A change reads `:<old mode> <new mode> <old blob> <new blob> <status>`.
    const fields = rest[0]?.startsWith('\n') ? [rest[0].slice(1), ...rest.slice(1)] : rest;
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const path = fields[i + 1]!;
      const key = prefix ? path.slice(prefix.length + 1) : path;
      // Newest commits come first: the first date seen for a file is its last change.
      if (!lastChanged.has(key)) lastChanged.set(key, landed);
      if (!wanted(key)) continue;
      const [, , , blob = '', status = ''] = fields[i]!.split(' ');
      changes.push({ commit, key, blob, deleted: status.startsWith('D') });
    }
  }
  // A file added once and never changed has nothing to compare: its text is not read, unless a
  // deletion in the same commit may make the addition a move.
  const changesOf = new Map<string, number>();
  const withDeletion = new Set<Commit>();
  for (const change of changes) {
    changesOf.set(change.key, (changesOf.get(change.key) ?? 0) + 1);
    if (change.deleted) withDeletion.add(change.commit);
  }
  const reads = changes.filter(
    (change) => !change.deleted && (changesOf.get(change.key)! > 1 || withDeletion.has(change.commit)),
  );
  const blobs = reads.length
    ? readBlobs(
        top,
        reads.map((c) => c.blob),
      )
    : [];
  const texts = new Map(reads.map((change, i) => [change, blobs[i]]));
  // git log lists newest first; versions are kept oldest first.
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    let versions = files.get(change.key);
    if (!versions) files.set(change.key, (versions = []));
    versions.push({ commit: change.commit, deleted: change.deleted, text: texts.get(change) });
  }
  return { files, commits, lastChanged, shallow };
}

/** Reads many blobs, by id, through one `git cat-file --batch`, in order. */
function readBlobs(top: string, ids: string[]): (string | undefined)[] {
  const out = git(top, ['cat-file', '--batch'], `${ids.join('\n')}\n`);
  const texts: (string | undefined)[] = [];
  let offset = 0;
  for (let i = 0; i < ids.length; i++) {
    const lineEnd = out.indexOf(10, offset);
    const header = out.subarray(offset, lineEnd).toString('utf8');
    offset = lineEnd + 1;
    const size = / blob (\d+)$/.exec(header);
    if (!size) {
      texts.push(undefined);
      continue;
    }
    const length = Number(size[1]);
    texts.push(out.subarray(offset, offset + length).toString('utf8'));
    offset += length + 1;
  }
  return texts;
}
