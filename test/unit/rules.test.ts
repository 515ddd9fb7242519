import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/diagnostics.ts';
import { ruleList, rules, type RuleId } from '../../src/model/rules/registry.ts';
import { isFixtureExample } from '../../src/model/rules/rule.ts';
import { checkExample } from '../../tools/rule-docs/examples.ts';
import { renderRuleDocs } from '../../tools/rule-docs/render.ts';
import { checkCase, root, workDir } from '../support/content-fixtures.ts';

const rulesDir = join(root, 'src/model/rules');

describe('rule modules', () => {
  it('are one file per rule id, at src/model/rules/<id>.ts, and the registry lists each once', () => {
    const files = readdirSync(rulesDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.parentPath !== rulesDir)
      .map((entry) => relative(rulesDir, join(entry.parentPath, entry.name)).replace(/\.ts$/, ''))
      .sort();
    expect(ruleList.map((rule) => rule.id).sort()).toEqual(files);
    expect(Object.keys(rules)).toHaveLength(ruleList.length);
  });

  it.each(ruleList.map((rule) => [rule.id, rule] as const))('%s: its example is reported by check', (id, rule) => {
    const example = rule.example;
    if (isFixtureExample(example)) {
      const { result } = checkCase(example.fixture);
      expect(result.diagnostics.map((d) => d.rule)).toContain(id);
      return;
    }
    const { diagnostics } = checkExample(example, join(workDir, 'rule-examples', id));
    // Reported in the file the example shows, not somewhere else the example happened to disturb.
    expect(diagnostics.filter((d) => d.rule === id).map((d) => d.file)).toContain(`content/${example.file}`);
  });

  it('type a finding with a misspelt rule id as an error', () => {
    // @ts-expect-error `npx tsc --noEmit -p .` fails if a misspelt id ever compiles.
    const misspelt: RuleId = 'kr/activty';
    const finding: Finding = {
      file: 'okrs/x.md',
      place: { line: 1, column: 1 },
      // @ts-expect-error the same for the rule of a finding.
      rule: 'align/loops',
      message: '',
    };
    expect([misspelt, finding.rule].filter((id) => id in rules)).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the rule modules (run npm run docs:rules)', () => {
    const committed = readFileSync(join(root, 'docs/rules.md'), 'utf8');
    expect(renderRuleDocs(join(workDir, 'rule-docs'))).toBe(committed);
  });
});
