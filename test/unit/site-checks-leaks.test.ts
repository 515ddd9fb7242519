import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { findLeaks, readableText } from '../support/site-checks/leaks.ts';

/** The string every draft and restricted document of the security fixture carries. */
const canary = 'zqx7canary';
const scratch = mkdtempSync(join(tmpdir(), 'throughline-leaks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('canary scan on broken input', () => {
  it('finds a canary in pages, in any letter case, and inside Pagefind’s compressed index and fragments', () => {
    mkdirSync(join(scratch, 'pagefind/fragment'), { recursive: true });
    mkdirSync(join(scratch, 'pagefind/index'), { recursive: true });
    writeFileSync(join(scratch, 'index.html'), '<p>The draft objective Zqx7Canary leaked into a page.</p>');
    writeFileSync(
      join(scratch, 'pagefind/fragment/en_1.pf_fragment'),
      gzipSync(Buffer.from('pagefind_dcd{"content":"The ZQX7CANARY plan"}')),
    );
    writeFileSync(
      join(scratch, 'pagefind/index/en_1.pf_index'),
      gzipSync(Buffer.from('pagefind_dcd\u0000zqx7canary\u0001')),
    );
    writeFileSync(
      join(scratch, 'pagefind/clean.pf_fragment'),
      gzipSync(Buffer.from('pagefind_dcd{"content":"Published"}')),
    );
    expect(findLeaks(scratch, [canary])).toEqual([
      { file: 'index.html', needle: canary },
      { file: 'pagefind/fragment/en_1.pf_fragment', needle: canary },
      { file: 'pagefind/index/en_1.pf_index', needle: canary },
    ]);
  });

  it('reads gzip as its content and anything else, broken gzip included, as it is', () => {
    expect(readableText(gzipSync(Buffer.from('inside')))).toBe('inside');
    expect(readableText(Buffer.from([0x1f, 0x8b, 0x41, 0x42]))).toContain('AB');
    expect(readableText(Buffer.from('plain'))).toBe('plain');
  });
});
