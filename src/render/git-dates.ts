import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import type { SiteContext } from './context.ts';

/** Only pages ask, so a memo in this module suffices: one `git log` per context. */
const memo = new WeakMap<SiteContext, Map<string, string>>();

/**
 * The date each file of the content folder last changed, from one `git log` over the whole
 * folder (not one per page). Empty when the folder is not in a git repository.
 */
export function lastChangedDates(context: SiteContext): Map<string, string> {
  const cached = memo.get(context);
  if (cached) return cached;
  const { contentDir } = context;
  const dates = new Map<string, string>();
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: contentDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], {
      cwd: contentDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const prefix = relative(root, contentDir).split('\\').join('/');
    let date = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line && date) {
        const key = prefix ? line.slice(prefix.length + 1) : line;
        // Newest commits come first: the first date seen for a file is its last change.
        if (!dates.has(key)) dates.set(key, date);
      }
    }
  } catch {
    // Not a git checkout (an exported folder, a test fixture): pages show no date.
  }
  memo.set(context, dates);
  return dates;
}
