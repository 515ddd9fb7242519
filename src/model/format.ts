import pc from 'picocolors';
import { countBySeverity, type Diagnostic } from './diagnostics.ts';

/** Output formats of `check`. */
export const formats = ['human', 'json', 'github'] as const;
export type Format = (typeof formats)[number];

/** GitHub shows at most this many annotations of each severity per step; the rest go to the log as plain lines. */
export const githubAnnotationLimit = 10;

/** `file:line:col severity rule message`, with the hint on the next line. */
export function formatHuman(diagnostics: readonly Diagnostic[], color = false): string {
  const c = color ? pc : { red: String, yellow: String, dim: String, bold: String };
  return diagnostics
    .map((d) => {
      const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      const head = `${d.file}:${d.line}:${d.column} ${severity} ${c.dim(d.rule)} ${d.message}`;
      return d.hint ? `${head}\n    ${c.dim(`hint: ${d.hint}`)}` : head;
    })
    .join('\n');
}

/** A JSON array of {file, line, column, severity, rule, message, hint}. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  // `mentions` serves the site's health page; authors read the message itself.
  return JSON.stringify(
    diagnostics.map(({ mentions: _, ...shown }) => shown),
    null,
    2,
  );
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub workflow commands (`::error file=…,line=…::message`), escaped, within the per-step annotation limits. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const used = { error: 0, warning: 0 };
  const lines: string[] = [];
  const overflow: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (used[d.severity] >= githubAnnotationLimit) {
      overflow.push(d);
      continue;
    }
    used[d.severity]++;
    const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
    lines.push(
      `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(message)}`,
    );
  }
  if (overflow.length) {
    lines.push(`${overflow.length} more problem(s) beyond GitHub's ${githubAnnotationLimit} annotations per severity:`);
    lines.push(formatHuman(overflow));
  }
  return lines.join('\n');
}

/** The closing line: counts, files and time. */
export function formatSummary(
  diagnostics: readonly Diagnostic[],
  files: number,
  milliseconds: number,
  color = false,
): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const text = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${(milliseconds / 1000).toFixed(2)} s)`;
  if (!color) return text;
  return errors ? pc.red(text) : warnings ? pc.yellow(text) : pc.green(text);
}

/** Renders diagnostics in a format. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format, color = false): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  return formatHuman(diagnostics, color);
}
