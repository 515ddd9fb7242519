import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, formatDifference } from '../support/site-checks/compare.ts';
import { root } from '../support/site-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'throughline-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('build comparison on broken input', () => {
  const a = join(scratch, 'a');
  const b = join(scratch, 'b');
  cpSync(join(root, 'test/gates/fixtures/broken-site'), a, { recursive: true });
  cpSync(a, b, { recursive: true });

  it('finds nothing between two copies of one folder', () => {
    expect(compareTrees(a, b)).toEqual([]);
  });

  it('names files that differ, with where they differ, and files only one side has', () => {
    writeFileSync(join(b, 'about/index.html'), '<!doctype html><title>Built at 08:26:57</title>');
    writeFileSync(join(b, 'extra.txt'), 'new');
    rmSync(join(b, '404.html'));
    expect(compareTrees(a, b).map(formatDifference)).toEqual([
      '404.html: only in the first build',
      expect.stringMatching(/^about\/index\.html: differs at byte 15 \(\d+ vs 47 bytes\): "<!doctype html>/),
      'extra.txt: only in the second build',
    ]);
  });

  it('leaves out only what it is told to', () => {
    expect(compareTrees(a, b, { ignore: (file) => file !== 'extra.txt' }).map(formatDifference)).toEqual([
      'extra.txt: only in the second build',
    ]);
  });
});
