import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckResult } from '../../src/model/check.ts';
import { countBySeverity } from '../../src/model/diagnostics.ts';
import { teamAncestors } from '../../src/model/graph.ts';
import { generateOrganisation } from '../../tools/generate/index.ts';
import { writeOrganisation } from '../../tools/generate/write.ts';

const work = resolve(import.meta.dirname, '../.tmp/generate', process.env.VITEST_POOL_ID ?? String(process.pid));
const today = '2026-11-24';
const options = { objectives: 200, seed: 7, today };

/** Every file under a folder, as sorted relative paths. */
function listFiles(dir: string): string[] {
  return (
    readdirSync(dir, { recursive: true, withFileTypes: true }) as {
      name: string;
      parentPath: string;
      isFile(): boolean;
    }[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('the organisation generator', () => {
  const first = join(work, 'first');
  const second = join(work, 'second');
  let result: CheckResult;

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    writeOrganisation(first, options);
    writeOrganisation(second, options);
    result = checkContent({ contentDir: first, today });
  });

  it('writes content that passes check with no errors and almost no warnings', () => {
    const { errors, warnings } = countBySeverity(result.diagnostics);
    expect(result.fatal).toBe(false);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(errors).toBe(0);
    expect(warnings).toBeLessThanOrEqual(options.objectives / 50);
  });

  it('writes the same bytes for the same seed', () => {
    const files = listFiles(first);
    expect(listFiles(second)).toEqual(files);
    for (const file of files) expect(readFileSync(join(second, file)), file).toEqual(readFileSync(join(first, file)));
  });

  it('writes another organisation for another seed', () => {
    const a = generateOrganisation(options).files;
    const b = generateOrganisation({ ...options, seed: 8 }).files;
    expect(b.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it('has exactly the objectives asked for, at most five per team and cycle, with two to four key results', () => {
    const graph = result.graph!;
    expect(graph.objectives).toHaveLength(options.objectives);
    for (const [team, objectives] of graph.objectivesByTeam) {
      const perCycle = Map.groupBy(objectives, (o) => o.data.cycle);
      for (const [cycle, list] of perCycle) expect(list.length, `${team} ${cycle}`).toBeLessThanOrEqual(5);
    }
    for (const objective of graph.objectives) {
      expect(objective.data.keyResults.length).toBeGreaterThanOrEqual(2);
      expect(objective.data.keyResults.length).toBeLessThanOrEqual(4);
    }
  });

  it('has a company, departments and teams in three or more levels, and a people registry', () => {
    const graph = result.graph!;
    const depth = Math.max(...graph.teams.map((team) => teamAncestors(graph, team.id).length)) + 1;
    expect(depth).toBeGreaterThanOrEqual(3);
    expect(graph.teams.filter((team) => !team.data.parent)).toHaveLength(1);
    expect(graph.people.length).toBeGreaterThan(graph.teams.length);
  });

  it('covers several cycles with briefs, grades closed cycles and checks in on the current one', () => {
    const graph = result.graph!;
    expect(graph.briefs.length).toBeGreaterThanOrEqual(4);
    for (const brief of graph.briefs) {
      expect(brief.data.themes.length).toBeGreaterThanOrEqual(2);
      expect(brief.data.notNow.length).toBeGreaterThanOrEqual(1);
    }
    const closed = graph.objectives.filter(
      (o) => graph.cycles.get(o.data.cycle)!.end < today && o.data.status === 'done',
    );
    expect(closed.length).toBeGreaterThan(0);
    for (const objective of closed) expect(objective.data.grade, objective.id).toBeTypeOf('number');
    const current = graph.objectives.filter((o) => o.data.cycle === graph.currentCycle);
    expect(current.length).toBeGreaterThan(0);
    expect(current.flatMap((o) => o.data.keyResults).every((kr) => kr.checkIns.length > 0)).toBe(true);
  });

  it('mixes key result types and directions, and links work across teams', () => {
    const graph = result.graph!;
    const types = new Set(graph.keyResults.map((kr) => kr.data.type));
    const directions = new Set(graph.keyResults.map((kr) => kr.data.direction));
    expect([...types].sort()).toEqual(['binary', 'currency', 'metric', 'percentage']);
    for (const direction of ['increase', 'decrease', 'stay-above'])
      expect(directions.has(direction as never), direction).toBe(true);
    expect(graph.objectives.some((o) => o.data.initiatives.length > 0)).toBe(true);
    expect(graph.dependents.size).toBeGreaterThan(0);
    expect(graph.decisions.length).toBeGreaterThan(0);
    expect(graph.supersededBy.size).toBeGreaterThan(0);
  });

  it('replaces an earlier generation but refuses a folder it did not write', () => {
    const other = join(work, 'authored');
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, 'throughline.yaml'), 'organisation: Real company\n');
    expect(() => writeOrganisation(other, options)).toThrow(/not empty and was not written by the generator/);
    expect(readFileSync(join(other, 'throughline.yaml'), 'utf8')).toBe('organisation: Real company\n');
    writeOrganisation(first, { ...options, objectives: 40 });
    expect(existsSync(join(first, 'throughline.yaml'))).toBe(true);
    expect(listFiles(join(first, 'okrs')).length).toBe(40);
  });

  it('names the option it cannot honour', () => {
    expect(() => generateOrganisation({ objectives: 5, seed: 1 })).toThrow(
      'objectives must be an integer of at least 20, not 5',
    );
    expect(() => generateOrganisation({ objectives: 100, seed: 1.5 })).toThrow('seed must be an integer, not 1.5');
    expect(() => generateOrganisation({ objectives: 100, seed: 1, today: '24/11/2026' })).toThrow(
      'today must be a date as YYYY-MM-DD, not "24/11/2026"',
    );
  });
});
