import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/model/progress-line.ts';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
};

describe('progress line', () => {
  it('counts on one line of a terminal, then clears it', () => {
    const terminal = stream(true);
    const progress = progressLine('Reading', 'files', terminal, {});
    progress.update(4210, 10000);
    progress.update(10000, 10000);
    progress.end();
    expect(terminal.written).toEqual([
      '\r\u001b[KReading 4,210 / 10,000 files…',
      '\r\u001b[KReading 10,000 / 10,000 files…',
      '\r\u001b[K',
    ]);
  });

  it('prints nothing in CI or when stderr is not a terminal', () => {
    for (const [isTTY, env] of [
      [true, { CI: 'true' }],
      [false, {}],
    ] as const) {
      const out = stream(isTTY);
      const progress = progressLine('Reading', 'files', out, env);
      progress.update(1, 2);
      progress.end();
      expect(out.written).toEqual([]);
    }
  });
});
