// docs/rules.md, written from the rule registry: every rule with its severity, summary,
// description, example and what `check` prints for that example.
import { slug } from 'github-slugger';
import { formatHuman } from '../../src/model/format.ts';
import { ruleGroups } from '../../src/model/rules/registry.ts';
import { isFixtureExample, type RuleDefinition } from '../../src/model/rules/rule.ts';
import { checkExample, exampleFiles, exampleToday, fixtureLines } from './examples.ts';

const intro = `# Rules

<!-- Written by \`npm run docs:rules\` from the rule modules in src/model/rules/; edit those, not this file. A test fails when it is out of date. -->

Every problem \`npm run check\` reports has a stable rule id, a default severity, a message and a
fix hint. Severities can be changed per rule in \`throughline.yaml\`
(\`rules: { kr/activity: error, checkin/stale: off }\`); the limits of the quality warnings live
under \`thresholds\`. \`npm run check -- --list-rules\` prints the same list.

Each example is a file added to a small valid content folder (\`test/fixtures/valid/content\`) and
checked on ${exampleToday}, when 2026-Q4 is the current cycle; below it is what \`check\` prints for
that rule.
`;

/** The whole reference; `workDir` is a scratch folder the examples are checked in. */
export function renderRuleDocs(workDir: string): string {
  const parts = [intro];
  for (const group of ruleGroups) {
    parts.push(`## ${group.title}\n`, '| rule | severity | summary |\n| --- | --- | --- |');
    for (const rule of group.rules)
      parts.push(`| [\`${rule.id}\`](#${slug(rule.id)}) | ${rule.severity} | ${rule.summary} |`);
    parts.push('');
    for (const rule of group.rules) parts.push(renderRule(rule, workDir));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

function renderRule(rule: RuleDefinition, workDir: string): string {
  const lines = [`### \`${rule.id}\`\n`, `**${rule.severity}** · ${rule.summary}\n`, `${rule.description}\n`];
  const example = rule.example;
  if (isFixtureExample(example)) {
    lines.push(
      `Example: [\`test/fixtures/${example.fixture}/\`](../test/fixtures/${example.fixture}/). ${example.shows}\n`,
    );
    lines.push(
      '`check` prints (fixtures record messages, not hints):\n',
      fence(fixtureLines(example, rule.id).join('\n'), 'text'),
    );
  } else {
    exampleFiles(example).forEach(([path, text], i) => {
      lines.push(
        `${i === 0 ? 'Example' : 'With'}: \`content/${path}\`\n`,
        fence(text.replace(/\n$/, ''), language(path)),
      );
    });
    const printed = checkExample(example, workDir).diagnostics.filter((d) => d.rule === rule.id);
    lines.push('`check` prints:\n', fence(formatHuman(printed), 'text'));
  }
  if (rule.fix) lines.push(`Fix: ${rule.fix}\n`);
  lines.push(`Source: [\`src/model/rules/${rule.id}.ts\`](../src/model/rules/${rule.id}.ts)\n`);
  return lines.join('\n');
}

/** A fenced block long enough not to be closed by backticks inside the text. */
function fence(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(Math.max(3, longest + 1));
  return `${marks}${lang}\n${text}\n${marks}\n`;
}

function language(path: string): string {
  if (path.endsWith('.yaml')) return 'yaml';
  return path.endsWith('.mdx') ? 'mdx' : 'markdown';
}
