import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sitesRoot } from './site-build.ts';

/**
 * Names this run's build folder (test/support/site-build.ts) and removes those of runs that
 * have ended. THROUGHLINE_KEEP_BUILDS=1 reuses the builds kept by the last such run while
 * iterating on a test.
 */
export default function setup(): void {
  process.env.THROUGHLINE_TEST_RUN ||= process.env.THROUGHLINE_KEEP_BUILDS ? 'kept' : `run-${process.pid}`;
  let names: string[] = [];
  try {
    names = readdirSync(sitesRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(sitesRoot, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
