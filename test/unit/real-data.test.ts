import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../tools/import/run.ts';

// Real, published OKR sets as a company keeps them in a sheet (test/real-data/README.md).
const setsDir = fileURLToPath(new URL('../real-data/', import.meta.url));
const tmpDir = fileURLToPath(new URL('../.tmp/real-data/', import.meta.url));

/**
 * Errors a set keeps because of what was published, each with its reason; each must still
 * occur, so a change that makes it go away is noticed and the list (and the set's README) cut.
 */
const knownErrors: Record<string, string[]> = {
  // The published target of "Grow ARR consistently" is redacted ("$N IARR"): there is no number to check.
  'sourcegraph-fy21-q1': ['kr/no-target'],
};

/** The day each set is imported on: a few weeks after its quarter closed, as when it was published. */
const importedOn: Record<string, string> = {
  'gitlab-2018-q3': '2018-10-20',
  'sourcegraph-fy21-q1': '2020-05-20',
};

const sets = readdirSync(setsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('real OKR sets', () => {
  it('has a set to import', () => expect(sets.length).toBeGreaterThanOrEqual(2));

  for (const name of sets) {
    it(`${name}: imports and checks with no errors but those its published text forces`, async () => {
      const source = join(setsDir, name);
      const dir = join(tmpDir, name);
      rmSync(dir, { recursive: true, force: true });
      // What the company writes before importing: throughline.yaml, its brief and strategy.
      cpSync(join(source, 'company'), join(dir, 'content'), { recursive: true });
      cpSync(join(source, 'okrs.csv'), join(dir, 'okrs.csv'));
      const map = existsSync(join(source, 'mapping.yaml')) ? join(source, 'mapping.yaml') : undefined;
      const result = await runImport({
        input: 'okrs.csv',
        out: 'content',
        map,
        today: importedOn[name] ?? '2026-11-02',
        cwd: dir,
      });
      const rules = result.lines.flatMap((line) => / error (\S+) /.exec(line)?.[1] ?? []);
      const waiting = knownErrors[name] ?? [];
      expect(rules.filter((rule) => !waiting.includes(rule))).toEqual([]);
      for (const rule of waiting) expect(rules, `${rule} no longer occurs: take it off the list`).toContain(rule);
    });
  }
});
