import { describe, expect, it } from 'vitest';
import { runMeasured, type MeasuredRun } from '../support/measured-run.ts';
import { buildOutcome, checkOutcome, medianCost, overBudget } from '../support/site-checks/budget.ts';

const sample = { seconds: 2, peakMb: 100 };
const factors = { time: 5, memory: 3 };
const run = (fields: Partial<MeasuredRun>): MeasuredRun => ({
  seconds: 1,
  peakMb: 100,
  status: 0,
  timedOut: false,
  stdout: '[]',
  stderr: '',
  ...fields,
});
const report = (...rules: [string, string][]) =>
  JSON.stringify(rules.map(([rule, severity]) => ({ rule, severity, file: 'f', line: 1, column: 1, message: 'm' })));

describe('hostile-content budget on runs that break it', () => {
  it('flags a run over its time or memory budget, or stopped, and passes one within', () => {
    expect(overBudget('check', run({ seconds: 9.9, peakMb: 299 }), sample, factors)).toEqual([]);
    expect(overBudget('check', run({ seconds: 10.5, peakMb: 301 }), sample, factors)).toEqual([
      "check took 10.5 s, over 5 × the sample's 2.00 s",
      "check peaked at 301 MB, over 3 × the sample's 100 MB",
    ]);
    expect(overBudget('build', run({ seconds: 20, timedOut: true, status: null }), sample, factors)).toEqual([
      'build was stopped after 20.0 s (budget 10.0 s)',
    ]);
  });

  it('flags a check that crashed or missed a rule the case must trigger, and counts its errors', () => {
    const crash = run({
      status: 1,
      stderr: 'RangeError: Maximum call stack size exceeded\n    at visit (file.ts:12:5)',
    });
    expect(checkOutcome(crash, []).problems[0]).toMatch(/^check crashed \(exit 1\): RangeError/);
    expect(checkOutcome(run({ status: 2, stdout: '' }), []).problems[0]).toMatch(/^check crashed \(exit 2\)/);
    const found = run({ status: 1, stdout: report(['align/loop', 'error'], ['checkin/stale', 'warning']) });
    expect(checkOutcome(found, ['align/loop', 'align/duplicate'])).toEqual({
      problems: ['check reported no align/duplicate'],
      errors: 1,
    });
    expect(checkOutcome(run({ stdout: 'not json' }), []).problems[0]).toMatch(/^check printed no JSON report/);
  });

  it('flags a build that crashed, or ended otherwise than check said it would', () => {
    expect(buildOutcome(run({ status: 1, stderr: 'Build failed; dist is unchanged.' }), 3)).toEqual([]);
    expect(buildOutcome(run({ status: 0 }), 0)).toEqual([]);
    expect(buildOutcome(run({ status: 0 }), 2)).toEqual(['the build succeeded although check found 2 error(s)']);
    expect(buildOutcome(run({ status: 1, stdout: 'oops' }), 0)).toEqual([
      'the build failed although check found no error: oops',
    ]);
    expect(buildOutcome(run({ status: 134, stderr: 'FATAL ERROR: heap out of memory' }), 0)[0]).toMatch(
      /^the build crashed \(exit 134\)/,
    );
  });

  it('takes the median of the sample runs', () => {
    expect(
      medianCost([
        { seconds: 3, peakMb: 90 },
        { seconds: 1, peakMb: 200 },
        { seconds: 2, peakMb: 100 },
      ]),
    ).toEqual({ seconds: 2, peakMb: 100 });
  });
});

describe('measured runs', () => {
  it('reports the peak memory of the Node processes a run starts, children included', async () => {
    const child = 'const b = Buffer.alloc(160 * 1024 * 1024, 1); console.log(b[0]);';
    const parent = `require('node:child_process').execFileSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
    const measured = await runMeasured(['-e', parent], process.env, 30_000);
    expect(measured.status).toBe(0);
    expect(measured.stdout.trim()).toBe('1');
    expect(measured.peakMb).toBeGreaterThan(160);
  });

  it('stops a run at its limit, with whatever it started', async () => {
    const hang = `require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); setInterval(() => {}, 1000);`;
    const started = performance.now();
    const measured = await runMeasured(['-e', hang], process.env, 1_000);
    expect(measured.timedOut).toBe(true);
    expect(measured.status).toBeNull();
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
