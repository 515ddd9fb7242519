import { describe, expect, it } from 'vitest';
import { compareDiagnostics, countBySeverity, type Diagnostic } from '../../src/model/diagnostics.ts';
import {
  formatDiagnostics,
  formatGithub,
  formatHuman,
  formatJson,
  formatSummary,
  githubAnnotationLimit,
} from '../../src/model/format.ts';

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

  it('escapes % CR LF in messages, and also : and , in properties', () => {
    const tricky: Diagnostic = {
      file: 'content/a,b:c%.md',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'parse/yaml',
      message: '50% done\r\nnext: line, end',
    };
    expect(formatGithub([tricky])).toBe(
      '::error file=content/a%2Cb%3Ac%25.md,line=1,col=1,title=parse/yaml::50%25 done%0D%0Anext: line, end',
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
    expect(lines[20]).toBe("3 more problem(s) beyond GitHub's 10 annotations per severity:");
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
