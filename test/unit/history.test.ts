import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentHistory, type Commit, type ContentHistory } from '../../src/model/history/git-log.ts';
import { objectiveTimelines } from '../../src/model/history/objective-timeline.ts';
import { readSiteHistory, startSiteHistory, takeSiteHistory } from '../../src/model/history/site-history.ts';

const objective = (fields: { owner?: string; target?: number; status?: string; extraKr?: boolean } = {}) => `---
id: ops-q4-peak
title: Get through peak without missed pickups
cycle: 2026-Q4
team: operations
owner: ${fields.owner ?? 'henrik-lund'}
status: ${fields.status ?? 'active'}
keyResults:
  # Pickups missed in November, counted by the dispatch board.
  - id: missed
    title: Missed pickups fall from 40 a week to 10
    baseline: 40
    target: 10
    direction: decrease
  - id: on-time
    title: On-time pickups rise to 120 a day
    baseline: 80
    target: ${fields.target ?? 120}
${fields.extraKr === false ? '' : '  - id: standby\n    title: Two standby carriers on call\n    type: binary\n'}---
Body.
`;

function repository(): { dir: string; content: string; commit: (message: string, author?: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'throughline-history-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'okrs/2026-Q4/operations'), { recursive: true });
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  run('init', '-q', '-b', 'main');
  let day = 1;
  return {
    dir,
    content,
    commit(message, author = 'Henrik Lund') {
      const date = `2026-10-${String(day++).padStart(2, '0')}T10:00:00Z`;
      run('add', '-A');
      execFileSync('git', ['-c', `user.name=${author}`, '-c', 'user.email=a@example.com', 'commit', '-qm', message], {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      });
    },
  };
}

const isObjective = (key: string) => key.startsWith('okrs/');
const summary = (history: ContentHistory, id: string) =>
  objectiveTimelines(history)
    .get(id)!
    .map(
      (c) =>
        `${c.commit.date} ${c.commit.author}: ${c.field}${c.from !== undefined || c.to !== undefined ? ` ${c.from ?? '∅'} → ${c.to ?? '∅'}` : ''}${c.lowered ? ' (lowered)' : ''}`,
    );

describe('history from git', () => {
  it("reads each objective's changes from two git processes: who changed what, when, and a cut target stands out", () => {
    const repo = repository();
    const file = join(repo.content, 'okrs/2026-Q4/operations/peak.md');
    writeFileSync(file, objective());
    writeFileSync(join(repo.content, 'throughline.yaml'), 'organisation: Kestrel\n');
    const untouched = join(repo.content, 'okrs/2026-Q4/operations/untouched.md');
    writeFileSync(untouched, objective().replace('id: ops-q4-peak', 'id: ops-q4-untouched'));
    repo.commit('Q4 operations objective');
    writeFileSync(file, objective({ target: 100 }));
    repo.commit('Cut the on-time target after the carrier loss', 'Amara Osei');
    writeFileSync(file, objective({ target: 100, owner: 'amara-osei', extraKr: false }));
    repo.commit('Amara takes over peak; standby carriers dropped', 'Amara Osei');
    mkdirSync(join(repo.content, 'okrs/2026-Q4/network'), { recursive: true });
    renameSync(file, join(repo.content, 'okrs/2026-Q4/network/peak.md'));
    repo.commit('Peak moves to the network team', 'Amara Osei');

    const history = readContentHistory(repo.content, isObjective);
    expect(history.note).toBeUndefined();
    expect(history.shallow).toBe(false);
    expect(history.commits.map((c) => c.subject)).toEqual([
      'Peak moves to the network team',
      'Amara takes over peak; standby carriers dropped',
      'Cut the on-time target after the carrier loss',
      'Q4 operations objective',
    ]);
    // Every file has the day it last landed (the site's "last updated"), from the same log.
    expect(history.lastChanged.get('throughline.yaml')).toBe('2026-10-01');
    expect(history.lastChanged.get('okrs/2026-Q4/network/peak.md')).toBe('2026-10-04');
    // throughline.yaml is not an objective: its versions are not read.
    expect([...history.files.keys()].sort()).toEqual([
      'okrs/2026-Q4/network/peak.md',
      'okrs/2026-Q4/operations/peak.md',
      'okrs/2026-Q4/operations/untouched.md',
    ]);
    // A file added once and never changed has nothing to compare: git is not asked for its text,
    // and its one event comes from the id it has now.
    expect(history.files.get('okrs/2026-Q4/operations/untouched.md')).toEqual([
      { commit: history.commits.at(-1), deleted: false },
    ]);
    const idOf = (key: string) => (key.endsWith('untouched.md') ? 'ops-q4-untouched' : undefined);
    expect(objectiveTimelines(history, idOf).get('ops-q4-untouched')).toEqual([
      { commit: history.commits.at(-1), field: 'created' },
    ]);
    expect(summary(history, 'ops-q4-peak')).toEqual([
      '2026-10-01 Henrik Lund: created',
      '2026-10-02 Amara Osei: keyResults[on-time].target 120 → 100 (lowered)',
      '2026-10-03 Amara Osei: owner henrik-lund → amara-osei',
      '2026-10-03 Amara Osei: keyResults[standby] Two standby carriers on call → ∅ (lowered)',
      '2026-10-04 Amara Osei: moved ∅ → okrs/2026-Q4/network/peak.md',
    ]);
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it('reads the versions of files whose names hold spaces, accents or a line break', () => {
    const repo = repository();
    const names = ['peak plan.md', 'pëak.md', 'peak\nplan.md'];
    names.forEach((name, i) =>
      writeFileSync(
        join(repo.content, 'okrs/2026-Q4/operations', name),
        objective().replace('id: ops-q4-peak', `id: ops-q4-peak-${i}`),
      ),
    );
    repo.commit('Q4 operations objectives');
    names.forEach((name, i) =>
      writeFileSync(
        join(repo.content, 'okrs/2026-Q4/operations', name),
        objective({ target: 110 + i }).replace('id: ops-q4-peak', `id: ops-q4-peak-${i}`),
      ),
    );
    repo.commit('Cut the on-time targets');
    const history = readContentHistory(repo.content, isObjective);
    for (const [i, name] of names.entries()) {
      expect(history.files.get(`okrs/2026-Q4/operations/${name}`)?.map((v) => v.text !== undefined)).toEqual([
        true,
        true,
      ]);
      expect(summary(history, `ops-q4-peak-${i}`)).toEqual([
        '2026-10-01 Henrik Lund: created',
        `2026-10-02 Henrik Lund: keyResults[on-time].target 120 → ${110 + i} (lowered)`,
      ]);
    }
    rmSync(repo.dir, { recursive: true, force: true });
  });

  it('a shallow clone starts the history at its oldest commit instead of calling every file new', () => {
    const repo = repository();
    const file = join(repo.content, 'okrs/2026-Q4/operations/peak.md');
    writeFileSync(file, objective());
    repo.commit('Q4 operations objective');
    writeFileSync(file, objective({ status: 'done' }));
    repo.commit('Peak objective done');
    writeFileSync(file, objective({ status: 'done', target: 130 }));
    repo.commit('Raise the on-time target');
    const clone = mkdtempSync(join(tmpdir(), 'throughline-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone], { stdio: 'ignore' });
    const history = readContentHistory(join(clone, 'content'), isObjective);
    expect(history.shallow).toBe(true);
    expect(history.commits).toHaveLength(2);
    expect(summary(history, 'ops-q4-peak')).toEqual(['2026-10-03 Henrik Lund: keyResults[on-time].target 120 → 130']);
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(clone, { recursive: true, force: true });
  });

  it('outside a repository there is a note and no history, never an exception', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-nogit-'));
    const history = readContentHistory(dir, isObjective);
    expect(history.files.size).toBe(0);
    expect(history.note).toMatch(/not in a git repository/);
  });

  it('skips a version that does not parse and compares the next one with the last readable one', () => {
    const commit = (n: number): Commit => ({
      hash: String(n).repeat(40),
      author: 'A',
      date: `2026-10-0${n}`,
      subject: '',
    });
    const commits = [commit(3), commit(2), commit(1)];
    const history: ContentHistory = {
      commits,
      lastChanged: new Map(),
      shallow: false,
      files: new Map([
        [
          'okrs/a.md',
          [
            { commit: commits[2]!, deleted: false, text: objective() },
            { commit: commits[1]!, deleted: false, text: '---\nid: [unclosed\n---\n' },
            { commit: commits[0]!, deleted: false, text: objective({ owner: 'amara-osei' }) },
          ],
        ],
      ]),
    };
    expect(summary(history, 'ops-q4-peak')).toEqual([
      '2026-10-01 A: created',
      '2026-10-03 A: owner henrik-lund → amara-osei',
    ]);
  });

  it('reads the same history on a worker thread started early, once, for the folder it was started for', () => {
    const repo = repository();
    const file = join(repo.content, 'okrs/2026-Q4/operations/peak.md');
    writeFileSync(file, objective());
    repo.commit('Peak objective');
    writeFileSync(file, objective({ target: 100 }));
    repo.commit('Cut the on-time target');
    const ids = new Map([['okrs/2026-Q4/operations/peak.md', 'ops-q4-peak']]);
    startSiteHistory(repo.content, ids);
    expect(takeSiteHistory(join(repo.dir, 'elsewhere'))).toBeUndefined();
    const early = takeSiteHistory(repo.content);
    expect(early).toEqual(readSiteHistory(repo.content, ids));
    expect(early!.timelines.get('ops-q4-peak')!.map((c) => c.field)).toEqual(['created', 'keyResults[on-time].target']);
    // Taken once: a second build in the same process reads its own.
    expect(takeSiteHistory(repo.content)).toBeUndefined();
    rmSync(repo.dir, { recursive: true, force: true });
  });
});
