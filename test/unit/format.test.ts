import { describe, expect, it } from 'vitest';
import { compareDiagnostics, countBySeverity, type Diagnostic } from '../../src/model/diagnostics.ts';
import {
  escapeControls,
  formatDiagnostics,
  formatGithub,
  formatHuman,
  formatGitlab,
  formatJson,
  formatMarkdown,
  formatSummary,
  formats,
  githubAnnotationLimit,
} from '../../src/model/format.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const error: Diagnostic = {
  file: 'content/okrs/2026-Q4/sales/a.md',
  line: 8,
  column: 5,
  severity: 'error',
  rule: 'ref/unknown',
  message: 'Unknown parent "x"',
  hint: 'Point at an existing objective.',
};
const warning: Diagnostic = {
  file: 'content/briefs/2026-Q4.md',
  line: 10,
  column: 9,
  severity: 'warning',
  rule: 'theme/no-contributors',
  message: 'No objective contributes to theme "2026-Q4/cost"',
};
const ansi = /\u001b\[/;

describe('formatHuman', () => {
  it('prints file:line:col severity rule message, with the hint indented on the next line', () => {
    expect(formatHuman([error, warning])).toBe(
      'content/okrs/2026-Q4/sales/a.md:8:5 error ref/unknown Unknown parent "x"\n' +
        '    hint: Point at an existing objective.\n' +
        'content/briefs/2026-Q4.md:10:9 warning theme/no-contributors No objective contributes to theme "2026-Q4/cost"',
    );
    expect(formatHuman([])).toBe('');
  });

  it('has no colour codes unless asked, and the same words when asked', () => {
    expect(formatHuman([error])).not.toMatch(ansi);
    const coloured = formatHuman([error, warning], true);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(formatHuman([error, warning]));
  });
});

describe('formatJson', () => {
  it('is an array of diagnostics with every field, the hint only when there is one', () => {
    const parsed = JSON.parse(formatJson([error, warning])) as Record<string, unknown>[];
    expect(parsed).toEqual([error, warning]);
    expect(Object.keys(parsed[0]!)).toEqual(['file', 'line', 'column', 'severity', 'rule', 'message', 'hint']);
    expect('hint' in parsed[1]!).toBe(false);
    expect(JSON.parse(formatJson([]))).toEqual([]);
  });
});

describe('formatGithub', () => {
  it('writes one workflow command per diagnostic, the hint after the message', () => {
    expect(formatGithub([error, warning]).split('\n')).toEqual([
      '::error file=content/okrs/2026-Q4/sales/a.md,line=8,col=5,title=ref/unknown::Unknown parent "x"%0APoint at an existing objective.',
      '::warning file=content/briefs/2026-Q4.md,line=10,col=9,title=theme/no-contributors::No objective contributes to theme "2026-Q4/cost"',
    ]);
  });

  it('escapes % in messages, and also : and , in properties; a line break in a message stays visible as an escape', () => {
    const tricky: Diagnostic = {
      file: 'content/a,b:c%.md',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'parse/yaml',
      message: '50% done\r\nnext: line, end',
    };
    expect(formatGithub([tricky])).toBe(
      '::error file=content/a%2Cb%3Ac%25.md,line=1,col=1,title=parse/yaml::50%25 done\\u000d\\u000anext: line, end',
    );
  });

  it('annotates at most 10 per severity and prints the rest as plain lines after a count', () => {
    const many = (severity: Diagnostic['severity'], n: number) =>
      Array.from({ length: n }, (_, i): Diagnostic => ({
        file: `content/f${i}.md`,
        line: i + 1,
        column: 1,
        severity,
        rule: 'ref/unknown',
        message: `m${i}`,
      }));
    const lines = formatGithub([...many('error', 12), ...many('warning', 11)]).split('\n');
    expect(githubAnnotationLimit).toBe(10);
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines[20]).toBe("3 more problems beyond GitHub's 10 annotations per severity:");
    expect(lines.slice(21)).toEqual([
      'content/f10.md:11:1 error ref/unknown m10',
      'content/f11.md:12:1 error ref/unknown m11',
      'content/f10.md:11:1 warning ref/unknown m10',
    ]);
    expect(formatGithub(many('warning', 10))).not.toContain('more problem');
  });
});

describe('formatSummary', () => {
  it('counts errors, warnings and files, in the singular when there is one', () => {
    expect(formatSummary([error, warning, warning], 12, 1234)).toBe('1 error, 2 warnings in 12 files (1.23 s)');
    expect(formatSummary([], 1, 5)).toBe('0 errors, 0 warnings in 1 file (0.01 s)');
    // Whether colour codes appear depends on the terminal (picocolors decides); the words never change.
    expect(formatSummary([warning], 3, 0, true).replace(/\u001b\[[0-9;]*m/g, '')).toBe(
      '0 errors, 1 warning in 3 files (0.00 s)',
    );
  });
});

describe('formatDiagnostics', () => {
  it('dispatches on the format name', () => {
    expect(formatDiagnostics([error], 'human')).toBe(formatHuman([error]));
    expect(formatDiagnostics([error], 'json')).toBe(formatJson([error]));
    expect(formatDiagnostics([error], 'github')).toBe(formatGithub([error]));
  });
});

describe('diagnostics', () => {
  it('sort by file, line, column, then rule', () => {
    const at = (file: string, line: number, column: number, rule: Diagnostic['rule']): Diagnostic => ({
      file,
      line,
      column,
      rule,
      severity: 'error',
      message: '',
    });
    const sorted = [
      at('b.md', 1, 1, 'align/loop'),
      at('a.md', 2, 1, 'align/loop'),
      at('a.md', 1, 9, 'align/loop'),
      at('a.md', 1, 2, 'ref/unknown'),
      at('a.md', 1, 2, 'id/duplicate'),
    ].sort(compareDiagnostics);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'a.md:1:2 id/duplicate',
      'a.md:1:2 ref/unknown',
      'a.md:1:9 align/loop',
      'a.md:2:1 align/loop',
      'b.md:1:1 align/loop',
    ]);
  });

  it('are counted by severity', () => {
    expect(countBySeverity([error, warning, warning])).toEqual({ errors: 1, warnings: 2 });
  });
});

/**
 * File names and messages come from content: a file named with a line break and a workflow
 * command, or a message with terminal escapes, must print as one diagnostic, nothing more.
 */
describe('control characters', () => {
  // C0 (NUL, BEL, ESC, CR, LF), DEL, C1 (NEL, CSI) and the Unicode line and paragraph separators.
  const controls = ['\u0000', '\u0007', '\u001b', '\r', '\n', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029'];
  const raw = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
  const forged: Diagnostic = {
    file: 'content/decisions/a\n::error file=README.md::Approved by security.md',
    line: 1,
    column: 1,
    severity: 'warning',
    rule: 'content/unknown-folder',
    message: `Title \u001b[2J\u001b]8;;https://evil.example\u0007click\u009b31m ${controls.join('')}`,
    hint: 'Move it\u2028::warning::hint',
  };

  it('are written as \\uXXXX escapes, each of them', () => {
    expect(escapeControls(controls.join(''))).toBe(
      '\\u0000\\u0007\\u001b\\u000d\\u000a\\u007f\\u0085\\u009b\\u2028\\u2029',
    );
    expect(escapeControls('plain text: é, ü, 日本, emoji 🎯, tab-free')).toBe(
      'plain text: é, ü, 日本, emoji 🎯, tab-free',
    );
  });

  it('never start a line or reach the terminal, in any format', () => {
    for (const format of formats) {
      const output = formatDiagnostics([forged, error], format);
      expect(output, format).not.toMatch(raw);
      const lines = output.split('\n');
      if (format === 'human') expect(lines).toHaveLength(4);
      if (format === 'github') expect(lines).toHaveLength(2);
      expect(lines.filter((line) => line.startsWith('::')).length, format).toBe(format === 'github' ? 2 : 0);
      // The name is all there, its line feed shown (JSON.stringify writes its own short escape).
      const shown = {
        human: 'a\\u000a::error file=README.md::',
        json: 'a\\n::error file=README.md::',
        github: 'a\\u000a%3A%3Aerror file=README.md%3A%3A',
        gitlab: 'a\\n::error file=README.md::',
      };
      expect(output, format).toContain(shown[format]);
    }
  });

  it('JSON keeps the data: the escapes are JSON escapes, so it parses back to the same strings', () => {
    const output = formatJson([forged]);
    expect(output).not.toMatch(raw);
    expect(JSON.parse(output)).toEqual([forged]);
  });

  it('a content file named with a line break and a workflow command is reported on one line', () => {
    const name = 'decisions/a\n::error file=README.md::Approved.md';
    const { result } = checkFiles('control-characters', { [name]: '---\nid: a\n---\n' });
    const forgedFile = result.diagnostics.filter((d) => d.file === `content/${name}`);
    expect(forgedFile.length).toBeGreaterThan(0);
    const human = formatHuman(forgedFile).split('\n');
    expect(human.filter((line) => !line.startsWith('    hint: '))).toHaveLength(forgedFile.length);
    expect(
      human.every((line) => line.startsWith('content/decisions/a\\u000a::error') || line.startsWith('    hint: ')),
    ).toBe(true);
    expect(formatGithub(forgedFile).split('\n')).toHaveLength(forgedFile.length);
  });
});

describe('formatGitlab', () => {
  it('is a Code Quality report: description, check name, fingerprint, severity and location of each problem', () => {
    const issues = JSON.parse(formatGitlab([error, warning])) as Record<string, unknown>[];
    expect(issues).toHaveLength(2);
    expect(issues[0]).toEqual({
      description: 'Unknown parent "x" — Point at an existing objective.',
      check_name: 'ref/unknown',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'content/okrs/2026-Q4/sales/a.md', lines: { begin: 8 } },
    });
    expect(issues[1]).toMatchObject({ severity: 'minor', location: { lines: { begin: 10 } } });
    expect(JSON.parse(formatGitlab([]))).toEqual([]);
  });

  it('keeps a fingerprint when a problem only moves, and tells two problems apart', () => {
    const [before] = JSON.parse(formatGitlab([error])) as { fingerprint: string }[];
    const [moved] = JSON.parse(formatGitlab([{ ...error, line: 20 }])) as { fingerprint: string }[];
    const [other] = JSON.parse(formatGitlab([{ ...error, message: 'Unknown parent "y"' }])) as {
      fingerprint: string;
    }[];
    expect(moved!.fingerprint).toBe(before!.fingerprint);
    expect(other!.fingerprint).not.toBe(before!.fingerprint);
  });
});

describe('formatMarkdown', () => {
  it('lists every problem in a table under a count, for the job summary', () => {
    const many = Array.from({ length: githubAnnotationLimit * 3 }, (_, i) => ({ ...error, line: i + 1 }));
    const table = formatMarkdown(many).split('\n');
    expect(table[0]).toBe(`### Throughline check: ${many.length} errors, 0 warnings`);
    expect(table.filter((line) => line.startsWith('| content/'))).toHaveLength(many.length);
    expect(formatMarkdown([])).toBe('### Throughline check: 0 errors, 0 warnings\n\nNo problems found.\n');
  });

  it('shows content text literally: no link, image, HTML or table cell comes from a message', () => {
    const hostile = { ...warning, message: 'See [here](https://evil.example) <img src=x> | cell `code`' };
    const row = formatMarkdown([hostile]).split('\n').at(-2)!;
    expect(row).toContain('\\[here\\]\\(https://evil.example\\) \\<img src=x\\> \\| cell \\`code\\`');
    expect(row.split(' | ')).toHaveLength(4);
  });
});
