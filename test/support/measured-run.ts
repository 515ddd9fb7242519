import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './site-build.ts';

/** How one run of a Node script went, and what it cost. */
export interface MeasuredRun {
  /** Wall-clock time. */
  seconds: number;
  /** The largest peak resident set size of any Node process of the run, in MiB; 0 when none reported. */
  peakMb: number;
  /** Exit code; null when the run was killed or died of a signal. */
  status: number | null;
  /** True when the run was stopped for taking longer than its limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const preload = pathToFileURL(join(import.meta.dirname, 'peak-rss.ts')).href;
/** Output kept per stream: enough to show what went wrong without holding a runaway run's output. */
const keep = 8 * 1024 * 1024;

/**
 * Runs `node <args>` in its own process group, measuring wall-clock time and the peak memory of
 * every Node process it starts (each reports its own on exit, test/support/peak-rss.ts). After
 * `limitMs` the whole group is killed, so a run that stalls costs the limit, not the stall.
 */
export async function runMeasured(args: string[], env: NodeJS.ProcessEnv, limitMs: number): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-rss-'));
  const report = join(dir, 'peak-rss');
  const started = performance.now();
  try {
    return await new Promise<MeasuredRun>((resolvePromise, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: root,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...env,
          NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${preload}`.trim(),
          THROUGHLINE_PEAK_RSS_FILE: report,
        },
      });
      const out = { stdout: '', stderr: '' };
      const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
        if (out[stream].length < keep) out[stream] += chunk.toString('utf8');
      };
      child.stdout.on('data', collect('stdout'));
      child.stderr.on('data', collect('stderr'));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid!);
      }, limitMs);
      child.on('error', reject);
      child.on('close', (status) => {
        clearTimeout(timer);
        // A child of the run (astro under the build script) may outlive a killed parent.
        if (timedOut) killGroup(child.pid!);
        const seconds = (performance.now() - started) / 1000;
        const peaks = existsSync(report) ? readFileSync(report, 'utf8').split('\n').filter(Boolean).map(Number) : [];
        resolvePromise({ seconds, peakMb: Math.max(0, ...peaks) / 1024, status, timedOut, ...out });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
