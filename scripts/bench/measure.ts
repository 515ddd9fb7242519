import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** What one run of a command cost. */
export interface Run {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Peak resident memory of the largest single process of the run (from /usr/bin/time), in MB. */
  peakRssMb?: number;
  /** Peak of the summed resident memory of the whole process tree, sampled every 50 ms, in MB. */
  peakTreeRssMb?: number;
  /** The last lines of output, for a report when the run failed. */
  tail: string;
}

const gnuTime = '/usr/bin/time';

/**
 * Runs a command to completion and measures its wall time and memory. The command runs
 * under GNU time when the machine has it, which reports the largest process's peak RSS;
 * the whole tree is also sampled from /proc, since builds start helper processes.
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  const timed = existsSync(gnuTime);
  const started = performance.now();
  const child = spawn(timed ? gnuTime : command, timed ? ['-f', '\n%M maxrss-kb', command, ...args] : args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakTree = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTree = Math.max(peakTree, treeRssKb(child.pid));
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      const maxrss = /(\d+) maxrss-kb\s*$/.exec(output);
      resolve({
        ok: exitCode === 0,
        exitCode,
        wallMs,
        peakRssMb: maxrss ? Number(maxrss[1]) / 1024 : undefined,
        peakTreeRssMb: peakTree ? peakTree / 1024 : undefined,
        tail: output
          .replace(/\n?\d+ maxrss-kb\s*$/, '')
          .split('\n')
          .slice(-15)
          .join('\n'),
      });
    });
  });
}

/** Summed VmRSS of a process and all its descendants, in kB (0 once it has exited). */
function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets; fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p !== root && p > 1) p = parents.get(p);
    if (p !== root) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Ended meanwhile.
    }
  }
  return total;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The machine the figures come from. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  loadAverage: string;
}

export function machine(): Machine {
  const model =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}
