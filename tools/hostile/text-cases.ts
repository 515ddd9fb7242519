import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './case.ts';
import { objective, owner, put } from './documents.ts';

/** An objective of a sample team, aligned to a traced objective of its parent team: valid, so the build renders it. */
function probe(content: string, id: string, options: Parameters<typeof objective>[3]): void {
  put(content, `okrs/2026-Q4/platform/${id}.md`, objective(id, 'platform', ['product-q4-enterprise-api'], options));
}

/** Adds not-now items to the sample's 2026-Q4 brief. */
function addNotNow(content: string, items: { id: string; keywords: string[] }[]): void {
  const file = join(content, 'briefs/2026-Q4.md');
  const yaml = items
    .map(
      ({ id, keywords }) =>
        `  - id: ${id}\n    title: "Not now: ${id}"\n    why: "It waits."\n    keywords: ${JSON.stringify(keywords)}\n`,
    )
    .join('');
  writeFileSync(file, readFileSync(file, 'utf8').replace('\nnotNow:\n', `\nnotNow:\n${yaml}`));
}

/** A body of paragraphs, one long line each. */
const paragraphs = (...lines: string[]) => lines.map((line) => `${line}\n\n`).join('');
const mermaid = (...lines: string[]) => `\`\`\`mermaid\nflowchart TD\n${lines.join('\n')}\n\`\`\`\n`;

export const textCases: HostileCase[] = [
  {
    name: 'many-keywords',
    probes: 'objective/not-now: 10,000 keywords in one brief (a regular expression compiled per keyword per objective)',
    write(content) {
      addNotNow(
        content,
        Array.from({ length: 20 }, (_, i) => ({
          id: `waiting-${i}`,
          keywords: Array.from({ length: 500 }, (_, k) => `zq${i}x${k} harbour`),
        })),
      );
    },
    reports: ['schema/invalid-value'],
  },
  {
    name: 'keywords-at-limit',
    probes: 'objective/not-now: 450 keywords that almost match 100 KB of objective text at every word',
    write(content) {
      addNotNow(content, [
        { id: 'almost', keywords: Array.from({ length: 50 }, (_, k) => '-a'.repeat(k + 1)) },
        { id: 'probe', keywords: ['hostile keyword', ...Array.from({ length: 49 }, (_, k) => `a-a ${k}`)] },
        ...Array.from({ length: 7 }, (_, i) => ({
          id: `waiting-${i}`,
          keywords: Array.from({ length: 50 }, (_, k) => `a ${'a '.repeat(k)}b${i}`),
        })),
      ]);
      const initiatives = Array.from(
        { length: 200 },
        (_, i) => `  - id: step-${i}\n    title: "x${'-a'.repeat(120)} ${'a '.repeat(120)}"\n`,
      ).join('');
      probe(content, 'hostile-keywords', {
        title: 'A Hostile Keyword probe',
        extra: `initiatives:\n${initiatives}`,
      });
    },
    reports: ['objective/not-now'],
  },
  {
    name: 'mermaid-open-tags',
    probes: 'mermaid/unsafe: lines of 100,000 unclosed `<a` (HTML pattern backtracked: quadratic)',
    write(content) {
      probe(content, 'hostile-mermaid-tags', {
        body: mermaid('<a'.repeat(100_000), '< /a'.repeat(50_000), '<!'.repeat(100_000)),
      });
    },
    reports: [],
  },
  {
    name: 'mermaid-init',
    probes: 'mermaid/unsafe: a line of 100,000 `%%{` without `init` (init pattern backtracked: quadratic)',
    write(content) {
      probe(content, 'hostile-mermaid-init', {
        body: mermaid(
          '%%{'.repeat(100_000),
          ' clickx'.repeat(50_000),
          'hre'.repeat(100_000),
          'javascript'.repeat(20_000),
        ),
      });
    },
    reports: [],
  },
  {
    name: 'link-lines',
    probes: 'link/broken scan and search text: long lines of `[`, `[](`, `[][`, `](` and unclosed code spans',
    write(content) {
      probe(content, 'hostile-links', {
        body: paragraphs(
          '['.repeat(100_000),
          '[]('.repeat(60_000),
          '[]['.repeat(60_000),
          `](${' '.repeat(100_000)}`,
          `\`${'a'.repeat(100_000)}`,
          `[a]: ${'a'.repeat(100_000)}${'>'.repeat(100_000)}`,
        ),
      });
    },
    reports: [],
  },
  {
    name: 'markup-lines',
    probes: 'search text of bodies: long lines of `<!--`, `<a`, underscores inside a word, and table-like spacing',
    write(content) {
      probe(content, 'hostile-markup', {
        body: paragraphs(
          '<!--'.repeat(50_000),
          'x <a'.repeat(50_000),
          `a${'_'.repeat(100_000)}a`,
          `${' '.repeat(3)}|${' '.repeat(100_000)}x`,
          `---${' '.repeat(100_000)}x`,
          `| --- ${'| --- '.repeat(20_000)}x`,
        ),
      });
    },
    reports: [],
  },
  {
    name: 'placeholder-lines',
    probes: 'content/placeholder: long lines of `X`, ` X`, `$X`, `???` and `TB`',
    write(content) {
      probe(content, 'hostile-placeholders', {
        body: paragraphs(
          'X'.repeat(100_000),
          ' X'.repeat(50_000),
          '$'.repeat(100_000),
          '?? '.repeat(30_000),
          'TB '.repeat(30_000),
        ),
      });
    },
    reports: [],
  },
  {
    name: 'frontmatter-lines',
    probes: 'frontmatter: a 100,000-character first line, duplicate key, id and percentage value',
    write(content) {
      put(
        content,
        'decisions/hostile-language.md',
        `---${' '.repeat(100_000)}${'a'.repeat(100_000)}${' '.repeat(100_000)}\nid: x\n---\n`,
      );
      put(content, 'decisions/hostile-opening.md', `---${' '.repeat(100_000)}${'a'.repeat(100_000)}!\nid: x\n---\n`);
      const key = 'k'.repeat(100_000);
      put(content, 'decisions/hostile-duplicate.md', `---\n${key}: 1\n${key}: 2\n---\n`);
      put(content, 'decisions/hostile-id.md', `---\nid: ${'a-'.repeat(50_000)}!\n---\n`);
      put(
        content,
        'okrs/2026-Q4/platform/hostile-percent.md',
        objective('hostile-percent', 'platform', ['product-q4-enterprise-api'], {
          extra: `keyResults:\n  - id: p\n    title: "Grow p"\n    baseline: "${' '.repeat(50_000)}1${' '.repeat(50_000)}%x"\n    target: 2\n`,
        }),
      );
    },
    reports: [
      'parse/frontmatter-language',
      'parse/no-frontmatter',
      'parse/duplicate-key',
      'schema/invalid-value',
      'schema/invalid-type',
    ],
  },
  {
    name: 'config-lines',
    probes: 'edit links: a contentPath of 20,000 slashes inside a word, trimmed on every page',
    write(content) {
      const file = join(content, 'throughline.yaml');
      const config = readFileSync(file, 'utf8').replace(/^contentPath: .*$/m, `contentPath: "a${'/'.repeat(20_000)}b"`);
      writeFileSync(file, config);
    },
    reports: [],
  },
  {
    name: 'long-titles',
    probes: 'pages, maps and search: an objective and key result with 100,000-character titles',
    write(content) {
      const words = 'Ship the hostile probe across every depot '.repeat(2_400);
      probe(content, 'hostile-title', {
        title: words,
        extra: `keyResults:\n  - id: long\n    title: "${words}from 1 to 2"\n    owner: ${owner}\n    baseline: 1\n    target: 2\n`,
      });
    },
    reports: [],
  },
];
