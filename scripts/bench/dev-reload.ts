// The `npm run dev` figure of `npm run bench`: from saving one objective file to the page
// showing the change, with the dev server already warm. The page is polled over HTTP, as the
// browser's reload after the server's `full-reload` message would fetch it.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { median } from './measure.ts';

export interface DevReloadFigures {
  /** Seconds from starting `astro dev` until the edited objective's page first answered. */
  firstPageMs: number;
  /** Each save until the page showed the new title (after a first save, untimed, that waits for the watcher). */
  reloadRunsMs: number[];
  reloadMedianMs: number;
}

/**
 * Starts `astro dev` on the content folder, opens one objective's page once, then `runs` times
 * gives it a new title and polls the page until the title shows.
 */
export async function timeDevReload(
  root: string,
  content: string,
  today: string,
  runs: number,
  port: number,
): Promise<DevReloadFigures> {
  // The dev server does not watch .bench/ (astro.config.mjs): it serves a copy from elsewhere.
  const copy = mkdtempSync(join(tmpdir(), 'throughline-dev-'));
  cpSync(content, copy, { recursive: true, filter: (path) => !path.endsWith('/.git') });
  content = copy;
  const file = firstObjective(join(content, 'okrs'));
  const original = readFileSync(file, 'utf8');
  const id = /^id:\s*(\S+)/m.exec(original)![1]!;
  const title = /^title:\s*(.+)$/m.exec(original)![1]!;
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
  const server = spawn(process.execPath, [astro, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, THROUGHLINE_CONTENT: content, THROUGHLINE_TODAY: today, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  // Request lines left out: the log is kept for an error message.
  const keep = (chunk: Buffer) =>
    (log += chunk
      .toString()
      .split('\n')
      .filter((line) => !/\[200\]/.test(line))
      .join('\n'));
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}/objectives/${id}/`;
  const started = performance.now();
  try {
    await waitFor(
      url,
      (page) => page.includes(escapeHtml(title)),
      300_000,
      () => log,
    );
    const firstPageMs = performance.now() - started;
    // The watcher walks the folder after the server starts: the first save, untimed, waits for it.
    const warmUp = `${title} (saved 0)`;
    writeFileSync(file, original.replace(`title: ${title}`, `title: ${warmUp}`));
    await waitFor(
      url,
      (page) => page.includes(escapeHtml(warmUp)),
      600_000,
      () => log,
    );
    const reloadRunsMs: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const wanted = `${title} (saved ${i})`;
      const saved = performance.now();
      writeFileSync(file, original.replace(`title: ${title}`, `title: ${wanted}`));
      await waitFor(
        url,
        (page) => page.includes(escapeHtml(wanted)),
        120_000,
        () => log,
      );
      reloadRunsMs.push(performance.now() - saved);
      // Let the watcher settle before the next save.
      await new Promise((done) => setTimeout(done, 500));
    }
    return { firstPageMs, reloadRunsMs, reloadMedianMs: median(reloadRunsMs) };
  } finally {
    server.kill('SIGTERM');
    await new Promise((done) => server.once('exit', done));
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Polls a page every 20 ms until it answers with what is wanted. */
async function waitFor(url: string, wanted: (page: string) => boolean, timeoutMs: number, log: () => string) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok && wanted(await response.text())) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`${url} did not show the change within ${timeoutMs / 1000} s:\n${log().slice(-2000)}`);
}

function firstObjective(dir: string): string {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = firstObjectiveOrUndefined(path);
      if (found) return found;
    } else if (entry.name.endsWith('.md')) return path;
  }
  throw new Error(`no objective file under ${dir}`);
}

function firstObjectiveOrUndefined(dir: string): string | undefined {
  try {
    return firstObjective(dir);
  } catch {
    return undefined;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
