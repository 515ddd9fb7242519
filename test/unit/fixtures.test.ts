import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/model/rules/registry.ts';
import { baseCase, checkCase, fixturesDir, listCases, plainLines } from '../support/content-fixtures.ts';

/**
 * Every folder under test/fixtures/ is a content folder checked on a fixed date; its
 * expected.txt holds the exact lines a user reads. A missing expected.txt is written (and
 * fails in CI, so nothing passes unreviewed); UPDATE=1 rewrites them all.
 */
describe('fixtures', () => {
  const cases = listCases();

  it.each(cases)('%s', (name) => {
    const { result } = checkCase(name);
    const actual = plainLines(result.diagnostics);
    const expectedPath = join(fixturesDir, name, 'expected.txt');
    if (!existsSync(expectedPath) && process.env.CI)
      throw new Error(`${name}/expected.txt is missing: run the tests locally, review it and commit it`);
    if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });

  it('the base case has no diagnostics at all', () => {
    expect(checkCase(baseCase).result).toMatchObject({ fatal: false, diagnostics: [] });
  });

  it('every rule id of the registry is produced by at least one fixture', () => {
    const missing = Object.keys(rules).filter((id) => {
      return !cases.some((name) => {
        const path = join(fixturesDir, name, 'expected.txt');
        return (
          existsSync(path) &&
          readFileSync(path, 'utf8')
            .split('\n')
            .some((line) => line.split(' ')[2] === id)
        );
      });
    });
    expect(missing).toEqual([]);
  });

  it('no fixture produces a rule id the registry does not list', () => {
    const unknown = cases.flatMap((name) => {
      const path = join(fixturesDir, name, 'expected.txt');
      if (!existsSync(path)) return [];
      return readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' ')[2]!)
        .filter((id) => !(id in rules));
    });
    expect(unknown).toEqual([]);
  });
});
