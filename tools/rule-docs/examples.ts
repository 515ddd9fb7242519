// Runs a rule's example the way a user would meet it: the example's files added to a small
// valid content folder, checked on a fixed date.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContent, type CheckResult } from '../../src/model/check.ts';
import type { FileExample, FixtureExample } from '../../src/model/rules/rule.ts';

const root = resolve(import.meta.dirname, '../..');
/** Committed fixture folders; `valid/content` is the base every example is added to. */
export const fixturesDir = join(root, 'test/fixtures');
/** The date examples are checked on, as the fixtures are: 2026-Q4 is the current cycle. */
export const exampleToday = '2026-11-02';

/** Every file of an example: the one it shows first, then the ones it needs. */
export function exampleFiles(example: FileExample): [path: string, text: string][] {
  return [[example.file, example.text], ...Object.entries(example.with ?? {})];
}

/** Writes the valid base plus the example's files to `dir/content/` and checks it from `dir`, so paths read `content/…`. */
export function checkExample(example: FileExample, dir: string): CheckResult {
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  cpSync(join(fixturesDir, 'valid', 'content'), content, { recursive: true });
  for (const [path, text] of exampleFiles(example)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return checkContent({ contentDir: 'content', cwd: dir, today: exampleToday });
}

/** The lines a fixture's expected.txt holds for one rule (fixtures record messages, not hints). */
export function fixtureLines(example: FixtureExample, rule: string): string[] {
  const path = join(fixturesDir, example.fixture, 'expected.txt');
  if (!existsSync(path)) throw new Error(`test/fixtures/${example.fixture}/expected.txt does not exist`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.split(' ')[2] === rule);
}
