import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkLoaded } from '../../src/model/check.ts';
import { liveLoaded, loadLive, rereadLive } from '../../src/model/live-content.ts';
import { fixtureToday, materialise } from '../support/content-fixtures.ts';

describe('content kept live in dev', () => {
  it('reads a saved file again alone and finds what a full check finds', () => {
    const dir = materialise('valid');
    const content = join(dir, 'content');
    const options = { cwd: dir, today: fixtureToday };
    const live = loadLive(content, dir)!;
    expect(checkLoaded(liveLoaded(live), options).diagnostics).toEqual(
      checkContent({ ...options, contentDir: 'content' }).diagnostics,
    );
    // The company objective renamed: the sales objective, not read again, now aligns to an unknown id.
    const key = 'okrs/2026-Q4/company/grow-arr.md';
    const path = join(content, key);
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: company-q4-grow-arr', 'id: company-q4-grow-revenue'));
    expect(rereadLive(live, content, [key])).toBe(true);
    const after = checkLoaded(liveLoaded(live), options);
    expect(after.diagnostics).toEqual(checkContent({ ...options, contentDir: 'content' }).diagnostics);
    expect(after.diagnostics.some((d) => d.file.endsWith('sales/enterprise-pipeline.md'))).toBe(true);
    expect(after.graph!.nodes.has('company-q4-grow-revenue')).toBe(true);
    // A file it does not know (added) is left to a full load.
    expect(rereadLive(live, content, ['okrs/2026-Q4/company/new.md'])).toBe(false);
  });
});
