import { defineConfig } from 'vitest/config';

/** Tests that build a site or drive a browser. */
const siteTests = ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/gates/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Empties test/.tmp/sites so every run builds afresh (test/support/site-build.ts).
    globalSetup: ['./test/support/global-setup.ts'],
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: siteTests } },
      // One file at a time: a site build takes a core or two, and two builds of one project
      // share its .astro/ cache. Unit tests run beside them on the other worker.
      {
        extends: true,
        test: { name: 'site', include: siteTests, maxWorkers: 1, testTimeout: 120_000, hookTimeout: 15 * 60_000 },
      },
    ],
  },
});
