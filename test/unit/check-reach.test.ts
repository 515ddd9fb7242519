// Edits that change what the checks across documents read are checked on the part of the graph
// they reach (src/model/cache/reach.ts). Whatever the edit, the findings must be those of the
// whole graph: random edits of objectives and decisions of the sample company, one after
// another, each compared with a cold run.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkWithCache } from '../../src/model/cache/incremental.ts';
import { crossRuleIds, settledOn } from '../../src/model/cache/reach-check.ts';
import { checkContent } from '../../src/model/check.ts';
import { root } from '../support/content-fixtures.ts';

const today = '2026-11-24';
const work = join(root, 'test/.tmp/reach', process.env.VITEST_POOL_ID ?? String(process.pid));

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(dir, `${prefix}${e.name}/`) : e.name.endsWith('.md') ? [`${prefix}${e.name}`] : [],
    )
    .sort();
}

/** A file split into its frontmatter (as an editable YAML document) and its body. */
function open(path: string) {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 4);
  const yaml = parseDocument(text.slice(4, end + 1));
  return {
    yaml,
    body: text.slice(end + 4),
    save: (body = text.slice(end + 4)) => writeFileSync(path, `---\n${yaml.toString()}---${body}`),
  };
}

/** What an edit may point at: the sample's ids, key results, themes, teams and people, and a few that name nothing. */
function namesOf(content: string) {
  const names = { objectives: [] as string[], refs: [] as string[], teams: [] as string[], people: [] as string[] };
  for (const file of listFiles(content)) {
    const data = open(join(content, file)).yaml.toJS() as Record<string, unknown>;
    const items = (field: string) => (data[field] ?? []) as { id: string }[];
    if (file.startsWith('okrs/')) {
      names.objectives.push(String(data.id));
      names.refs.push(String(data.id), ...items('keyResults').map((kr) => `${String(data.id)}/${kr.id}`));
    } else if (file.startsWith('briefs/'))
      names.refs.push(...items('themes').map((theme) => `${String(data.cycle)}/${theme.id}`));
    else if (file.startsWith('teams/')) names.teams.push(String(data.id));
    else if (file.startsWith('people/')) names.people.push(String(data.id));
  }
  names.refs.push('no-such-objective', 'company-q4-grow-arr/no-such-kr');
  names.teams.push('no-such-team');
  return names;
}

type Names = ReturnType<typeof namesOf>;
const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;

type Kind = 'objective' | 'decision' | 'person' | 'team' | 'brief' | 'priority';

const kindOf = (key: string): Kind =>
  key.startsWith('okrs/')
    ? 'objective'
    : key.startsWith('people/')
      ? 'person'
      : key.startsWith('teams/')
        ? 'team'
        : key.startsWith('briefs/')
          ? 'brief'
          : key.startsWith('strategy/')
            ? 'priority'
            : 'decision';

/** Edits of one document, each choosing what it points at by a number; an edit that does not fit the kind does nothing. */
const edits: Record<string, (file: ReturnType<typeof open>, names: Names, n: number, kind: Kind) => string | void> = {
  retitle: (f, _names, n, kind) => {
    if (kind === 'person' || kind === 'team') f.yaml.set('name', pick(['Ana Lopes', 'Jon Park', 'Hub Ops'], n));
    else f.yaml.set('title', pick(['Open a depot in Vienna', 'Cut failed deliveries', 'Roll out electric vans'], n));
  },
  status: (f, _names, n, kind) => {
    if (kind === 'decision') f.yaml.set('status', pick(['proposed', 'accepted', 'superseded'], n));
    else if (kind === 'objective') f.yaml.set('status', pick(['active', 'done', 'cancelled'], n));
  },
  draft: (f, _names, n) => {
    f.yaml.set('draft', n % 2 === 0);
  },
  team: (f, names, n, kind) => {
    if (kind === 'objective' || kind === 'person') f.yaml.set('team', pick(names.teams, n));
    else if (kind === 'team') f.yaml.set('parent', pick(names.teams, n));
  },
  owner: (f, names, n, kind) => {
    if (kind === 'objective' || kind === 'brief' || kind === 'priority') f.yaml.set('owner', pick(names.people, n));
    else if (kind === 'team') f.yaml.set('lead', pick(names.people, n));
  },
  cycle: (f, _names, n, kind) => {
    if (kind === 'objective') f.yaml.set('cycle', pick(['2026-Q3', '2026-Q4'], n));
  },
  // A not-now item now caught by other words.
  notNow: (f, _names, n, kind) => {
    if (kind === 'brief') f.yaml.setIn(['notNow', 0, 'keywords'], [pick(['depot', 'delivery', 'portal'], n)]);
  },
  parents: (f, names, n, kind) => {
    const refs = [pick(names.refs, n), pick(names.refs, n * 7 + 3)].slice(0, 1 + (n % 2));
    if (kind === 'objective' || kind === 'decision') f.yaml.set(kind === 'decision' ? 'affects' : 'alignsTo', refs);
  },
  // Another key result of the same objective, another theme of the same brief.
  sameParentOtherItem: (f, names, n, kind) => {
    if (kind !== 'objective' && kind !== 'decision') return;
    const field = kind === 'decision' ? 'affects' : 'alignsTo';
    const refs = ((f.yaml.toJS() as Record<string, unknown>)[field] ?? []) as string[];
    const first = refs[0];
    if (!first?.includes('/')) return;
    const siblings = names.refs.filter((r) => r.startsWith(`${first.split('/')[0]}/`) && r !== first);
    if (siblings.length) f.yaml.set(field, [pick(siblings, n), ...refs.slice(1)]);
  },
  // Its key results dropped: measured by the objectives aligned to it, or reported.
  noKeyResults: (f, _names, _n, kind) => {
    if (kind === 'objective') f.yaml.set('keyResults', []);
  },
  unaligned: (f, _names, _n, kind) => {
    if (kind === 'objective') f.yaml.set('alignsTo', []);
  },
  dependsOn: (f, names, n, kind) => {
    if (kind === 'objective') f.yaml.set('dependsOn', [{ ref: pick(names.refs, n * 3 + 1) }]);
  },
  bodyLink: (f, names, n) => `${f.body}\nSee [the plan](id:${pick(names.refs, n * 5 + 2)}).\n`,
  prose: (f, _names, n) =>
    `${f.body}\n${pick(['Reviewed on Monday.', '## Notes\n\nMore to come.', 'Owner away.'], n)}\n`,
};

describe('check --changed: the rules across documents on the part of the graph an edit reaches', () => {
  it('places every rule that reads across documents (a new one must say how its findings are settled)', () => {
    expect(crossRuleIds.filter((id) => !(id in settledOn))).toEqual([]);
    // And nothing placed that is not one: a renamed rule leaves no stale entry.
    // parse/too-deep is also reported by the check of bodies, which reads across documents.
    const known = new Set([...crossRuleIds, 'parse/too-deep']);
    expect(Object.keys(settledOn).filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('check --changed: an edit checked on the part of the graph it reaches', () => {
  /** The sample company with a low limit, so edits move objectives over and under it; its cache warm. */
  const setUp = () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    writeFileSync(
      join(content, 'throughline.yaml'),
      `${readFileSync(join(content, 'throughline.yaml'), 'utf8')}thresholds:\n  maxObjectivesPerTeam: 1\n`,
    );
    const options = { contentDir: content, cwd: work, today, cacheDir: join(work, 'cache') };
    checkWithCache(options);
    return { content, options };
  };

  it('finds what a parent or a brief now lacks, and what the not-now list now catches', () => {
    const { content, options } = setUp();
    const expectReached = (rule: string) => {
      const result = checkWithCache(options);
      expect(result.reached).toBeGreaterThan(0);
      expect(result.diagnostics).toEqual(checkContent(options).diagnostics);
      expect(result.diagnostics.map((d) => d.rule)).toContain(rule);
    };
    // The theme's one contributor aligns elsewhere: the brief reports the theme.
    const company = open(join(content, 'okrs/2026-Q4/kestrel/cost-to-serve.md'));
    company.yaml.set('alignsTo', ['2026-Q4/peak-reliability']);
    company.save();
    expectReached('theme/no-contributors');
    // An objective aligned to nothing is read against its cycle's not-now list all the same.
    const unaligned = open(join(content, 'okrs/2026-Q4/onboarding/partner-webinars.md'));
    unaligned.yaml.set('title', 'Open a depot in Austria');
    unaligned.save();
    expectReached('objective/not-now');
    // A brief's title is read by no other document: the brief alone (2026-Q3's: the problem
    // above that names 2026-Q4's sends an edit of that one to the whole graph).
    const retitled = open(join(content, 'briefs/2026-Q3.md'));
    retitled.yaml.set('title', 'Peak first, then enterprise');
    retitled.save();
    const reread = checkWithCache(options);
    expect(reread.reached).toBe(1);
    expect(reread.diagnostics).toEqual(checkContent(options).diagnostics);
  });

  it("checks every objective of a cycle again when its brief's not-now list changes", () => {
    const { content, options } = setUp();
    // Read by every active objective of the cycle: the whole graph decides.
    const brief = open(join(content, 'briefs/2026-Q4.md'));
    brief.yaml.setIn(['notNow', 0, 'keywords'], ['peak']);
    brief.save();
    const listed = checkWithCache(options);
    expect(listed.reached).toBeUndefined();
    expect(listed.diagnostics).toEqual(checkContent(options).diagnostics);
    expect(listed.diagnostics.filter((d) => d.rule === 'objective/not-now').length).toBeGreaterThan(1);
  });

  it('finds a link to a heading broken when the heading is renamed in the other document', () => {
    const { content, options } = setUp();
    const objective = join(content, 'okrs/2026-Q4/kestrel/cost-to-serve.md');
    const decision = join(content, 'decisions/2026-05-move-venlo-hub.md');
    writeFileSync(
      objective,
      `${readFileSync(objective, 'utf8')}\n## Cost model\n\nThe model is in the finance drive.\n`,
    );
    writeFileSync(
      decision,
      `${readFileSync(decision, 'utf8')}\nSee [the cost model](id:kestrel-q4-cost-to-serve#section-cost-model).\n`,
    );
    expect(checkWithCache(options).diagnostics.filter((d) => d.rule === 'link/broken')).toEqual([]);
    writeFileSync(objective, readFileSync(objective, 'utf8').replace('## Cost model', '## Costs'));
    const renamed = checkWithCache(options);
    expect(renamed.diagnostics).toEqual(checkContent(options).diagnostics);
    expect(renamed.diagnostics.find((d) => d.rule === 'link/broken')).toMatchObject({
      file: expect.stringMatching(/2026-05-move-venlo-hub\.md$/),
    });
  });

  it('never trusts a links file that is corrupt or from another write: the whole graph decides, and the links are made again', () => {
    const { content, options } = setUp();
    const links = join(
      options.cacheDir,
      readdirSync(options.cacheDir).find((f) => f.endsWith('.links.json'))!,
    );
    const retitle = (title: string) => {
      const objective = open(join(content, 'okrs/2026-Q4/kestrel/cost-to-serve.md'));
      objective.yaml.set('title', title);
      objective.save();
      return checkWithCache(options);
    };
    const kept = readFileSync(links, 'utf8');
    writeFileSync(links, kept.slice(0, kept.length / 2));
    const truncated = retitle('Bring cost to serve under control');
    expect(truncated.reached).toBeUndefined();
    expect(truncated.crossRan).toBe(true);
    expect(truncated.diagnostics).toEqual(checkContent(options).diagnostics);
    expect(retitle('Bring cost to serve down').reached).toBeGreaterThan(0);
    // A links file another write left (a run stopped before its index was written).
    const current = readFileSync(links, 'utf8');
    writeFileSync(links, kept);
    expect(retitle('Know our cost to serve').reached).toBeUndefined();
    expect(readFileSync(links, 'utf8')).not.toBe(current);
    expect(retitle('Lower our cost to serve').reached).toBeGreaterThan(0);
  });

  it.each(['files', 'records'] as const)(
    'finds what the whole graph finds, edit after edit (reach read from %s)',
    (from) => {
      const { content, options: base } = setUp();
      const options = { ...base, reachReadFrom: from };
      const names = namesOf(content);
      const editable = listFiles(content).filter((f) => /^(okrs|decisions|people|teams|briefs|strategy)\//.test(f));
      const originals = new Map(editable.map((f) => [f, readFileSync(join(content, f), 'utf8')]));
      let reached = 0;
      let runs = 0;
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              file: fc.nat(editable.length - 1),
              edit: fc.constantFrom(...Object.keys(edits)),
              n: fc.nat(1000),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          (steps) => {
            // Back to the sample: several files changed at once, as a pull request does.
            for (const [file, text] of originals) writeFileSync(join(content, file), text);
            const reset = checkWithCache(options);
            runs++;
            if (reset.reached !== undefined) reached++;
            expect(reset.diagnostics, 'back to the sample').toEqual(checkContent(options).diagnostics);
            for (const { file, edit, n } of steps) {
              const key = editable[file]!;
              const opened = open(join(content, key));
              const body = edits[edit]!(opened, names, n, kindOf(key));
              opened.save(body ?? undefined);
              const result = checkWithCache(options);
              runs++;
              if (result.reached !== undefined) reached++;
              expect(result.diagnostics, `${edit} of ${key} (${n})`).toEqual(checkContent(options).diagnostics);
            }
          },
        ),
        { seed: 20261130, numRuns: 30 },
      );
      // Most edits are settled on their reach; the others (a loop, a broken reference) on the whole graph.
      expect(reached).toBeGreaterThan(runs / 3);
    },
  );
});
