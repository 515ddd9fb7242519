import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../tools/import/run.ts';

const casesDir = fileURLToPath(new URL('../import/', import.meta.url));
const tmpDir = fileURLToPath(new URL('../.tmp/import/', import.meta.url));
const update = process.env.UPDATE === '1';
const cases = readdirSync(casesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  return files;
}

/** The report as compared: the check's running time is the one thing that changes between runs. */
const stable = (lines: string[]) => `${lines.join('\n').replace(/\(\d+\.\d\d s\)/g, '(… s)')}\n`;

async function importCase(dir: string) {
  const sheet = readdirSync(dir).find((name) => /^okrs\.(csv|xlsx)$/.test(name))!;
  return runImport({
    input: sheet,
    out: 'content',
    map: existsSync(join(dir, 'mapping.yaml')) ? 'mapping.yaml' : undefined,
    today: '2026-11-02',
    cwd: dir,
  });
}

describe('npm run import', () => {
  for (const name of cases) {
    it(`${name}: writes the expected files and report, and writes nothing the second time`, async () => {
      const source = join(casesDir, name);
      const dir = join(tmpDir, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const entry of readdirSync(source))
        if (entry !== 'expected') cpSync(join(source, entry), join(dir, entry), { recursive: true });
      const before = filesUnder(join(dir, 'content'));

      const first = await importCase(dir);
      const written = new Map(
        [...filesUnder(join(dir, 'content'))].filter(([path, text]) => before.get(path) !== text),
      );
      const expectedDir = join(source, 'expected');
      if (update || !existsSync(expectedDir)) {
        rmSync(expectedDir, { recursive: true, force: true });
        for (const [path, text] of written) {
          mkdirSync(dirname(join(expectedDir, 'files', path)), { recursive: true });
          writeFileSync(join(expectedDir, 'files', path), text);
        }
        writeFileSync(join(expectedDir, 'report.txt'), `exit ${first.exitCode}\n${stable(first.lines)}`);
        if (process.env.CI) throw new Error(`${name}: expected/ was missing and has been written; commit it`);
      }
      expect(`exit ${first.exitCode}\n${stable(first.lines)}`).toBe(
        readFileSync(join(expectedDir, 'report.txt'), 'utf8'),
      );
      expect(Object.fromEntries(written)).toEqual(Object.fromEntries(filesUnder(join(expectedDir, 'files'))));

      const afterFirst = filesUnder(join(dir, 'content'));
      const second = await importCase(dir);
      expect(filesUnder(join(dir, 'content'))).toEqual(afterFirst);
      const report = second.lines.join('\n');
      expect(report).toContain('Wrote nothing to content/.');
      if (written.size) expect(report).toMatch(/^Left \d+ files? that already exists? as (it is|they are):$/m);
      expect(second.exitCode).toBe(first.exitCode);
    });
  }
});
