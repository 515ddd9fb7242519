import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, buildSite, root, type SiteBuild } from '../support/site-build.ts';

/**
 * A content repository with a history: the small company committed, then its pipeline target
 * cut by Jon Park and its owner changed, two weeks into the quarter. Built whole and as a shallow
 * clone (what CI checks out by default).
 */
const repo = mkdtempSync(join(tmpdir(), 'throughline-history-site-'));
const objectiveFile = join(repo, 'content/okrs/2026-Q4/sales/enterprise-pipeline.md');

function commit(message: string, author: string, date: string): void {
  execFileSync('git', ['add', '-A'], { cwd: repo });
  execFileSync('git', ['-c', `user.name=${author}`, '-c', 'user.email=a@example.com', 'commit', '-qm', message], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: `${date}T09:00:00Z`, GIT_COMMITTER_DATE: `${date}T09:00:00Z` },
  });
}

const page = (build: SiteBuild, path: string) => readFileSync(join(build.dir, path, 'index.html'), 'utf8');
/** The text of a page's history table rows, tags dropped. */
const rows = (html: string) =>
  [...(/<table class="history">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
    .map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .slice(1);

describe('history from git on the site', () => {
  let full: SiteBuild;
  let shallow: SiteBuild;
  beforeAll(async () => {
    cpSync(join(root, 'test/build/fixtures/company'), join(repo, 'content'), { recursive: true });
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
    commit('Q4 OKRs', 'Maria Okafor', '2026-10-01');
    const text = readFileSync(objectiveFile, 'utf8');
    writeFileSync(objectiveFile, text.replace('target: 3000000', 'target: 2500000'));
    commit('Pipeline target cut after the partner delay', 'Jon Park', '2026-10-14');
    writeFileSync(
      objectiveFile,
      readFileSync(objectiveFile, 'utf8').replace('owner: jon-park\nalignsTo', 'owner: maria-okafor\nalignsTo'),
    );
    commit('Maria owns the pipeline objective', 'Maria Okafor', '2026-10-20');
    full = await buildSite({ name: 'history', content: join(repo, 'content') });
    assertBuilt(full);
    const clone = join(repo, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
    shallow = await buildSite({ name: 'history-shallow', content: join(clone, 'content') });
    assertBuilt(shallow);
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("shows an objective's changes, newest first, with who and when, a cut target marked", () => {
    expect(rows(page(full, 'objectives/sales-q4-enterprise-pipeline'))).toEqual([
      expect.stringMatching(/^2026-10-20 \w{8} Maria Okafor Owner Jon Park Maria Okafor$/),
      expect.stringMatching(
        /^2026-10-14 \w{8} Jon Park Target of “Grow qualified enterprise pipeline from €1.2M to €3M” \(lowered\) 3000000 2500000$/,
      ),
      expect.stringMatching(/^2026-10-01 \w{8} Maria Okafor Created$/),
    ]);
  });

  it('lists every change of a cycle on its "what changed" page, and nothing from drafts', () => {
    const html = page(full, 'changes/2026-Q4');
    expect(html).toContain('<strong>1 lowering a target or dropping a key result</strong>');
    expect(rows(html)[0]).toMatch(
      /^2026-10-20 \w{8} Build a repeatable enterprise pipeline Maria Okafor Owner Jon Park Maria Okafor$/,
    );
    expect(html).not.toContain('SITE-CANARY');
    expect(page(full, 'changes')).toContain('href="/changes/2026-Q4/"');
  });

  it('a shallow clone builds, says where its history starts and invents no creation', () => {
    const html = page(shallow, 'objectives/sales-q4-enterprise-pipeline');
    expect(html).toContain('This copy of the repository is shallow: its history starts on 2026-10-20.');
    expect(rows(html)).toEqual([]);
  });
});
