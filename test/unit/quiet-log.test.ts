import { describe, expect, it } from 'vitest';
import { withoutPageLines } from '../../tools/build/quiet-log.ts';

describe("Astro's build log in CI", () => {
  it('leaves out the per-page lines and keeps everything else', () => {
    const log = [
      '17:38:01 [build] Collecting build info...',
      '  \u001b[32m├─\u001b[39m \u001b[2m/objectives/a/index.html\u001b[22m \u001b[2m(+3ms)\u001b[22m',
      '  └─ /objectives/b/index.html (+4ms)',
      'content/okrs/x.md:3:1 error ref/unknown Unknown parent "y"',
      '17:38:09 [build] ✓ Completed in 8.1s.',
    ].join('\n');
    expect(withoutPageLines(log)).toEqual({
      text: [
        '17:38:01 [build] Collecting build info...',
        'content/okrs/x.md:3:1 error ref/unknown Unknown parent "y"',
        '17:38:09 [build] ✓ Completed in 8.1s.',
      ].join('\n'),
      left: 2,
    });
  });
});
