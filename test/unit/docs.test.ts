import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/model/check.ts';
import { rules } from '../../src/model/rules/registry.ts';
import { configSchema, searchSettingsSchema, thresholdsSchema } from '../../src/schemas/config.ts';
import { baseCase, fixturesDir, fixtureToday, root } from '../support/content-fixtures.ts';
import { codeSpans, headingAnchors, linkTargets, splitMarkdown, type MarkdownParts } from '../support/markdown-text.ts';

/**
 * The documentation is read by people who copy from it: the documented configuration must
 * pass `check`, the rule ids it names must exist and its links must lead somewhere.
 */

/** README.md, CONTRIBUTING.md and every page under docs/, as paths from the project root. */
const documents = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
/** docs/rules.md is generated from the registry, so it names every rule by construction. */
const generatedRules = 'docs/rules.md';
const parts = new Map<string, MarkdownParts>(
  documents.map((path) => [path, splitMarkdown(readFileSync(join(root, path), 'utf8'))]),
);

/** The ```yaml example of throughline.yaml in docs/configuration.md: its first yaml block. */
function documentedConfig(): string {
  const block = parts.get('docs/configuration.md')!.blocks.find((b) => b.info === 'yaml');
  if (!block || !block.text.includes('fiscalYearStartMonth:'))
    throw new Error('docs/configuration.md must open its yaml examples with the full throughline.yaml');
  return block.text;
}

describe('the documented throughline.yaml', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes check over a valid company, with no error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'throughline-docs-'));
    dirs.push(dir);
    cpSync(join(fixturesDir, baseCase, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/throughline.yaml'), documentedConfig());
    const result = checkContent({ contentDir: 'content', cwd: dir, today: fixtureToday });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.fatal).toBe(false);
  });

  it('shows every setting', () => {
    const example = parse(documentedConfig()) as Record<string, Record<string, unknown>>;
    expect(Object.keys(example).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(Object.keys(example.thresholds!).sort()).toEqual(Object.keys(thresholdsSchema.shape).sort());
    expect(Object.keys(example.search!).sort()).toEqual(Object.keys(searchSettingsSchema.shape).sort());
  });

  it('is the configuration of the fixture config-documented', () => {
    const fixture = join(fixturesDir, 'config-documented/content/throughline.yaml');
    expect(readFileSync(fixture, 'utf8')).toBe(documentedConfig());
  });
});

describe('the documentation', () => {
  it.each(documents.filter((path) => path !== generatedRules))('%s names only rule ids that exist', (path) => {
    const { prose, blocks } = parts.get(path)!;
    // A code span shaped like `group/name` is a rule id, unless it is a path of the project.
    const inProse = codeSpans(prose).filter(
      (span) => /^[a-z]+\/[a-z]+(?:-[a-z]+)*$/.test(span) && !existsSync(join(root, span)),
    );
    // Example output of check: `file:line:col severity rule message`.
    const inOutput = blocks.flatMap((block) =>
      [...block.text.matchAll(/:\d+:\d+ (?:error|warning) (\S+) /g)].map((match) => match[1]!),
    );
    const unknown = [...inProse, ...inOutput].filter((id) => !Object.hasOwn(rules, id));
    expect(unknown, 'not in src/model/rules/registry.ts').toEqual([]);
  });

  it.each(documents)('%s links only to files and headings that exist', (path) => {
    const broken = linkTargets(parts.get(path)!.prose).filter((target) => {
      // Other schemes (https:, mailto:) leave the repository.
      if (/^[a-z][a-z\d+.-]*:/i.test(target)) return false;
      const [file, fragment] = target.split('#') as [string, string | undefined];
      const resolved = file ? resolve(root, dirname(path), decodeURIComponent(file)) : join(root, path);
      const shown = relative(root, resolved);
      if (!existsSync(resolved)) return true;
      if (fragment === undefined || !shown.endsWith('.md')) return false;
      const linked = parts.get(shown) ?? splitMarkdown(readFileSync(resolved, 'utf8'));
      return !headingAnchors(linked.prose).has(fragment);
    });
    expect(broken).toEqual([]);
  });
});
