import type { HostileCase } from './case.ts';
import { objective, pad, put, team } from './documents.ts';

/**
 * A chain of `levels` teams under `root`, named so the deepest sorts first: documents are read
 * in path order, so a walk up from the bottom is the first one made.
 */
function teamChain(content: string, prefix: string, levels: number, root: string): (level: number) => string {
  const name = (level: number) => `${prefix}-${pad(levels - level + 1, 2)}`;
  for (let level = 1; level <= levels; level++)
    put(content, `teams/${name(level)}.md`, team(name(level), level === 1 ? root : name(level - 1)));
  return name;
}

export const graphCases: HostileCase[] = [
  {
    name: 'repeated-parents',
    probes:
      'line of sight: ten levels, each objective listing its parent ten times (an unmemoised walk visits 10^9 paths)',
    write(content) {
      const name = teamChain(content, 'echo', 10, 'kestrel');
      for (let level = 1; level <= 10; level++) {
        const parents = level === 1 ? [] : Array<string>(10).fill(`${name(level - 1)}-q4`);
        put(content, `okrs/2026-Q4/${name(level)}/echo.md`, objective(`${name(level)}-q4`, name(level), parents));
      }
    },
    reports: ['align/duplicate'],
  },
  {
    name: 'two-parents',
    probes: 'line of sight: 24 levels of two objectives, each aligned to both above it, none traced (2^24 paths)',
    write(content) {
      const name = teamChain(content, 'fork', 24, 'kestrel');
      for (let level = 1; level <= 24; level++) {
        const parents = level === 1 ? [] : [`${name(level - 1)}-q4-a`, `${name(level - 1)}-q4-b`];
        for (const side of ['a', 'b'])
          put(
            content,
            `okrs/2026-Q4/${name(level)}/${side}.md`,
            objective(`${name(level)}-q4-${side}`, name(level), parents),
          );
      }
    },
    reports: ['align/no-line-of-sight'],
  },
  {
    name: 'deep-objective-chain',
    probes:
      'line of sight: 1,000 objectives in one untraced chain, each aligned to the next and to its key result, the deepest read first (2^1,500 paths)',
    write(content) {
      put(content, 'teams/chain.md', team('chain', 'kestrel'));
      const n = 1000;
      const kr = 'keyResults:\n  - { id: kr, title: Grow kr from 1 to 2, baseline: 1, target: 2 }\n';
      for (let i = 0; i < n; i++) {
        const parents = i === n - 1 ? [] : [`chain-${pad(i + 1)}`, `chain-${pad(i + 1)}/kr`];
        put(content, `okrs/2026-Q4/chain/${pad(i)}.md`, objective(`chain-${pad(i)}`, 'chain', parents, { extra: kr }));
      }
    },
    reports: ['align/level', 'align/no-line-of-sight'],
  },
  {
    name: 'deep-traced-chain',
    probes:
      'pages: 600 teams in one line, an objective in each aligned to the one above, all traced (every page drew the whole chain above it: a map of 600 boxes stopped the build, and the site grew with the square of the depth)',
    write(content) {
      const n = 600;
      for (let i = 0; i < n; i++) {
        const id = `line-${pad(i)}`;
        put(content, `teams/${id}.md`, team(id, i === 0 ? 'kestrel' : `line-${pad(i - 1)}`));
        const parent = i === 0 ? 'kestrel-q4-peak-on-time' : `line-${pad(i - 1)}-q4`;
        put(content, `okrs/2026-Q4/line/${pad(i)}.md`, objective(`${id}-q4`, id, [parent]));
      }
    },
    reports: ['objective/no-key-results'],
  },
  {
    name: 'alignment-loop',
    probes:
      'align/loop and line of sight: a loop of 1,000 objectives, each aligned to the next two (walked again from every member, every path; 3,000 in one loop overflowed a recursive walk)',
    write(content) {
      put(content, 'teams/loopers.md', team('loopers', 'kestrel'));
      const n = 1000;
      const id = (i: number) => `loop-${pad(i % n)}`;
      for (let i = 0; i < n; i++)
        put(content, `okrs/2026-Q4/loopers/${pad(i)}.md`, objective(id(i), 'loopers', [id(i + 1), id(i + 2)]));
    },
    reports: ['align/loop'],
  },
  {
    name: 'alignment-loop-shortcuts',
    probes:
      'align/loop: a chain of 1,000 objectives, each also aligned back to the first (1,000 loops of every length)',
    write(content) {
      put(content, 'teams/loopers.md', team('loopers', 'kestrel'));
      const n = 1000;
      for (let i = 0; i < n; i++) {
        const parents = i === n - 1 ? ['ring-00000'] : [`ring-${pad(i + 1)}`, 'ring-00000'];
        put(content, `okrs/2026-Q4/loopers/${pad(i)}.md`, objective(`ring-${pad(i)}`, 'loopers', parents));
      }
    },
    reports: ['align/loop'],
  },
  {
    name: 'deep-team-tree',
    probes:
      'team tree: 2,500 teams deep under a parent that does not exist (each walk up searched its own path: cubic)',
    write(content) {
      const n = 2500;
      for (let i = 0; i < n; i++)
        put(
          content,
          `teams/deep-${pad(i)}.md`,
          team(`deep-${pad(i)}`, i === 0 ? 'no-such-team' : `deep-${pad(i - 1)}`),
        );
    },
    reports: ['ref/unknown'],
  },
  {
    name: 'team-loop-long',
    probes: 'team/loop: 1,500 teams in one loop (each walked the loop searching its own path: cubic)',
    write(content) {
      const n = 1500;
      for (let i = 0; i < n; i++)
        put(content, `teams/ring-${pad(i)}.md`, team(`ring-${pad(i)}`, `ring-${pad((i + 1) % n)}`));
    },
    reports: ['team/loop'],
  },
];
