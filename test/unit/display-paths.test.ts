import { describe, expect, it } from 'vitest';
import { displayPathOf, displayPathsOf } from '../../src/model/content-files.ts';

describe('displayPathsOf', () => {
  const keys = ['okrs/2026-Q4/platform/latency.md', 'teams/platform.md', 'throughline.yaml'];
  const places: [contentDir: string, cwd: string][] = [
    ['/repo/content', '/repo'],
    ['/repo', '/repo'],
    ['/tmp/org', '/work/main'],
    ['/repo/content', '/repo/content/okrs'],
    ['/repo/content', '/repo/content/okrs/2026-Q4'],
    ['/repo/content', '/repo/content'],
    ['/repo/content', '/repo/other/deeper'],
  ];
  it.each(places)('shows %s seen from %s as one relative() per key would', (contentDir, cwd) => {
    const shown = displayPathsOf(contentDir, cwd);
    for (const key of keys) expect(shown(key)).toBe(displayPathOf(contentDir, key, cwd));
  });
});
