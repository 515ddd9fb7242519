import type { HostileCase } from './case.ts';
import { objective, put } from './documents.ts';

/** Key results that all point at the check-ins (or note) written once under an anchor. */
function aliasedKeyResults(count: number, first: string, alias: string): string {
  const results = [`  - id: kr-0\n    title: "Grow kr-0 from 1 to 2"\n    baseline: 1\n    target: 2\n${first}`];
  for (let i = 1; i < count; i++)
    results.push(`  - id: kr-${i}\n    title: "Grow kr-${i} from 1 to 2"\n    baseline: 1\n    target: 2\n${alias}`);
  return `keyResults:\n${results.join('')}`;
}

const date = (i: number) => `2026-${i % 2 ? '10' : '11'}-${String((i % 20) + 1).padStart(2, '0')}`;

export const aliasCases: HostileCase[] = [
  {
    name: 'aliased-bulk',
    probes: 'YAML aliases: 1.9 MB of check-ins written once and aliased by 19 more key results (a 20-fold page)',
    write(content) {
      const checkIns = Array.from(
        { length: 17_000 },
        (_, i) =>
          `      - date: ${date(i)}\n        value: 1.5\n        note: "Check-in ${i} of the bulk probe, repeated by alias."\n`,
      ).join('');
      const keyResults = aliasedKeyResults(20, `    checkIns: &bulk\n${checkIns}`, '    checkIns: *bulk\n');
      put(
        content,
        'okrs/2026-Q4/platform/hostile-bulk.md',
        objective('hostile-bulk', 'platform', ['product-q4-enterprise-api'], { extra: keyResults }),
      );
    },
    reports: ['parse/alias-limit'],
  },
  {
    name: 'aliased-text',
    probes: 'YAML aliases: a 200,000-character note written once and aliased 19 times',
    write(content) {
      const note = 'A long note. '.repeat(200_000 / 13);
      const keyResults = aliasedKeyResults(
        20,
        `    checkIns:\n      - { date: 2026-10-05, value: 1, note: &note "${note}" }\n`,
        '    checkIns:\n      - { date: 2026-10-05, value: 1, note: *note }\n',
      );
      put(
        content,
        'okrs/2026-Q4/platform/hostile-note.md',
        objective('hostile-note', 'platform', ['product-q4-enterprise-api'], { extra: keyResults }),
      );
    },
    reports: ['parse/alias-limit'],
  },
];
