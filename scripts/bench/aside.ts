import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps a timed build clear of the file system's work for what ran before it. Deleting a
 * built site (ten thousand folders) makes the files written over the next seconds several
 * times slower on a virtual machine, and a build's pages still unwritten to disk are written
 * out during whatever runs next: either would be charged to the next build, and to the bare
 * and the full build unequally, since their sites differ eight-fold in size. So a timed build
 * writes into a folder that has just been moved aside (a rename), old folders are deleted
 * only once every build is done, and the data written so far is flushed before each build.
 */
export class Aside {
  readonly #dir: string;
  #count = 0;

  /** Folders moved aside go under `dir`. */
  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Moves `path` out of the way, if it exists; it stays on disk until `empty`. */
  move(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.#dir, { recursive: true });
    renameSync(path, join(this.#dir, `${process.pid}-${this.#count++}`));
  }

  /** Deletes everything moved aside, left over from earlier runs of the bench too. */
  empty(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}

/** Writes out what earlier steps left in memory (`sync`), so the next timed step does not pay for it. */
export function flushWrites(): void {
  if (process.platform !== 'win32') spawnSync('sync');
}
