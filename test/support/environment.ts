import { describe, it } from 'vitest';

/** True on a CI runner (`CI` set to anything but `false` or `0`), where a missing tool fails the run instead of skipping. */
export const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

const warned = new Set<string>();

/**
 * `describe` for tests that need a tool this machine may lack (Chromium, Java). Without it the
 * tests are skipped and the line that installs it is printed once; with CI set, a missing tool
 * is a failed test that says how to install it, never a silent skip.
 */
export function describeWithTool(available: boolean, hint: string, name: string, body: () => void): void {
  if (available) {
    describe(name, body);
  } else if (inCi) {
    describe(name, () => {
      it('has what it needs', () => {
        throw new Error(hint);
      });
    });
  } else {
    if (!warned.has(hint)) process.stderr.write(`\n${hint}\n\n`);
    warned.add(hint);
    describe.skip(name, body);
  }
}
