import type { MeasuredRun } from '../measured-run.ts';

/** What a run of `check` or the build cost. */
export interface Cost {
  seconds: number;
  peakMb: number;
}

/** How far a case may go past the sample: multiples of its time and of its peak memory. */
export interface Factors {
  time: number;
  memory: number;
}

/** A stack trace line: a crash, where content problems must come out as diagnostics. */
const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

/** The median cost of several runs of the same thing. */
export function medianCost(runs: readonly Cost[]): Cost {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return { seconds: middle(runs.map((r) => r.seconds)), peakMb: middle(runs.map((r) => r.peakMb)) };
}

/** Where a run went over `factors` times the sample's cost; empty when within. */
export function overBudget(what: string, run: MeasuredRun, sample: Cost, factors: Factors): string[] {
  const problems: string[] = [];
  const time = sample.seconds * factors.time;
  if (run.timedOut)
    problems.push(`${what} was stopped after ${run.seconds.toFixed(1)} s (budget ${time.toFixed(1)} s)`);
  else if (run.seconds > time)
    problems.push(
      `${what} took ${run.seconds.toFixed(1)} s, over ${factors.time} × the sample's ${sample.seconds.toFixed(2)} s`,
    );
  if (run.peakMb > sample.peakMb * factors.memory)
    problems.push(
      `${what} peaked at ${run.peakMb.toFixed(0)} MB, over ${factors.memory} × the sample's ${sample.peakMb.toFixed(0)} MB`,
    );
  return problems;
}

/**
 * What is wrong with a `check --format json` run besides its cost: a crash instead of a
 * report, or a report without the rules the case must trigger. Also returns the errors found.
 */
export function checkOutcome(run: MeasuredRun, rules: readonly string[]): { problems: string[]; errors: number } {
  if (run.timedOut) return { problems: [], errors: 0 };
  if ((run.status !== 0 && run.status !== 1) || stackLine.test(run.stderr))
    return { problems: [`check crashed (exit ${run.status}): ${tail(run.stderr)}`], errors: 0 };
  let diagnostics: { rule: string; severity: string }[];
  try {
    diagnostics = JSON.parse(run.stdout) as typeof diagnostics;
  } catch {
    return { problems: [`check printed no JSON report: ${tail(run.stdout)}`], errors: 0 };
  }
  const found = new Set(diagnostics.map((d) => d.rule));
  return {
    problems: rules.filter((rule) => !found.has(rule)).map((rule) => `check reported no ${rule}`),
    errors: diagnostics.filter((d) => d.severity === 'error').length,
  };
}

/** What is wrong with a build run besides its cost: a crash, or an outcome other than the check's (errors stop it, none let it finish). */
export function buildOutcome(run: MeasuredRun, checkErrors: number): string[] {
  if (run.timedOut) return [];
  const output = `${run.stdout}${run.stderr}`;
  if ((run.status !== 0 && run.status !== 1) || stackLine.test(output))
    return [`the build crashed (exit ${run.status}): ${tail(output)}`];
  if (checkErrors > 0 && run.status === 0) return [`the build succeeded although check found ${checkErrors} error(s)`];
  if (checkErrors === 0 && run.status !== 0) return [`the build failed although check found no error: ${tail(output)}`];
  return [];
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-5).join('\n').slice(-1000);
}
