import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildAside, v8Knows } from '../../scripts/build.ts';
import { compareTrees } from '../support/site-checks/compare.ts';

const scratch = mkdtempSync(join(tmpdir(), 'throughline-build-'));
const out = join(scratch, 'dist');
const snapshot = join(scratch, 'snapshot');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A build that writes a page or two into its folder, then exits with `status` (or throws). */
function fakeBuild(status: number | Error, pages: Record<string, string> = { 'index.html': 'new' }) {
  return (dir: string) => {
    for (const [path, text] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    if (status instanceof Error) throw status;
    return status;
  };
}

describe('nothing lost: build aside, then swap', () => {
  beforeEach(() => {
    for (const name of readdirSync(scratch)) rmSync(join(scratch, name), { recursive: true, force: true });
    mkdirSync(join(out, 'teams/sales'), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'the last good build');
    writeFileSync(join(out, 'teams/sales/index.html'), 'sales');
    cpSync(out, snapshot, { recursive: true });
  });

  it('swaps a successful build in, leaving nothing beside it', () => {
    expect(buildAside(out, fakeBuild(0, { 'index.html': 'new', 'objectives/x/index.html': 'x' }))).toBe(0);
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual([
      'index.html',
      'objectives',
      'objectives/x',
      'objectives/x/index.html',
    ]);
    expect(readdirSync(scratch).sort()).toEqual(['dist', 'snapshot']);
  });

  it('leaves the previous output exactly as it was when the build fails half-way', () => {
    const log: string[] = [];
    expect(buildAside(out, fakeBuild(1, { 'index.html': 'half' }), (line) => log.push(line))).toBe(1);
    expect(compareTrees(snapshot, out)).toEqual([]);
    expect(readdirSync(scratch).sort()).toEqual(['dist', 'snapshot']);
    expect(log.join('')).toMatch(/Build failed; .*dist is unchanged\./);
  });

  it('treats a build that exits 0 but writes nothing as failed', () => {
    const log: string[] = [];
    expect(
      buildAside(
        out,
        () => 0,
        (line) => log.push(line),
      ),
    ).toBe(1);
    expect(compareTrees(snapshot, out)).toEqual([]);
    expect(log.join('')).toContain('it wrote no files');
  });

  it('leaves the previous output as it was when the build throws, and rethrows', () => {
    expect(() => buildAside(out, fakeBuild(new Error('out of memory')))).toThrow('out of memory');
    expect(compareTrees(snapshot, out)).toEqual([]);
    expect(existsSync(join(scratch, '.dist.next'))).toBe(false);
  });

  it('writes nothing at all when there was no previous output and the build fails', () => {
    rmSync(out, { recursive: true });
    const log: string[] = [];
    expect(buildAside(out, fakeBuild(2), (line) => log.push(line))).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(log.join('')).toMatch(/nothing was written to .*dist\./);
  });
});

describe('the V8 flags npm run build gives Node', () => {
  it("passes a V8 flag only where this Node's V8 has it, since Node refuses to start with an unknown one", () => {
    expect(v8Knows('--max-semi-space-size')).toBe(true);
    // The flag the build relies on, in the Node the project pins.
    expect(v8Knows('--external-memory-accounted-in-global-limit')).toBe(true);
    expect(v8Knows('--external-memory')).toBe(false);
    expect(v8Knows('--no-such-flag-in-any-v8')).toBe(false);
  });
});
