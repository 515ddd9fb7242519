import { createHash } from 'node:crypto';
import pc from 'picocolors';
import { countBySeverity, type Diagnostic } from './diagnostics.ts';
import { plural } from './plural.ts';

/** Output formats of `check`. */
export const formats = ['human', 'json', 'github', 'gitlab'] as const;
export type Format = (typeof formats)[number];

/** GitHub shows at most this many annotations of each severity per step; the rest go to the log as plain lines. */
export const githubAnnotationLimit = 10;

/** C0 controls, DEL, C1 controls and U+2028/U+2029: what can end a line or drive a terminal. */
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Writes each control character as `\uXXXX`, so a file name or message taken from content
 * can never start a new line (a fake annotation or diagnostic) or send a terminal escape
 * sequence. Every format uses it; in JSON the same text is a valid string escape.
 */
export function escapeControls(text: string): string {
  return text.replace(controlCharacters, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `file:line:col severity rule message`, with the hint on the next line. */
export function formatHuman(diagnostics: readonly Diagnostic[], color = false): string {
  const c = color ? pc : { red: String, yellow: String, dim: String, bold: String };
  return diagnostics
    .map((d) => {
      const severity = d.severity === 'error' ? c.red('error') : c.yellow('warning');
      const head = `${escapeControls(d.file)}:${d.line}:${d.column} ${severity} ${c.dim(escapeControls(d.rule))} ${escapeControls(d.message)}`;
      return d.hint ? `${head}\n    ${c.dim(`hint: ${escapeControls(d.hint)}`)}` : head;
    })
    .join('\n');
}

/**
 * A JSON array of {file, line, column, severity, rule, message, hint}. JSON.stringify escapes
 * C0 controls itself but writes DEL, C1 and U+2028/2029 raw; escaping them line by line (its
 * only raw control is the newline between lines) keeps the parsed data as it was.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  // `mentions` serves the site's health page; authors read the message itself.
  return JSON.stringify(
    diagnostics.map(({ mentions: _, ...shown }) => shown),
    null,
    2,
  )
    .split('\n')
    .map(escapeControls)
    .join('\n');
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
    // The hint goes on a line of its own inside the annotation; no other line break survives.
    const message = d.hint ? `${escapeControls(d.message)}\n${escapeControls(d.hint)}` : escapeControls(d.message);
    lines.push(
      `::${d.severity} file=${escapeProperty(escapeControls(d.file))},line=${d.line},col=${d.column},title=${escapeProperty(escapeControls(d.rule))}::${escapeData(message)}`,
    );
  }
  if (overflow.length) {
    lines.push(
      `${plural(overflow.length, 'more problem')} beyond GitHub's ${githubAnnotationLimit} annotations per severity:`,
    );
    lines.push(formatHuman(overflow));
  }
  return lines.join('\n');
}

/**
 * GitLab's Code Quality report (a JSON array of issues with a fingerprint, severity and
 * location), which merge requests show beside the changed lines. The fingerprint hashes what
 * identifies a problem — rule, file and message, not its line — so GitLab sees a problem that
 * only moved as the same one and does not list it as fixed and new.
 */
export function formatGitlab(diagnostics: readonly Diagnostic[]): string {
  const issues = diagnostics.map((d) => ({
    description: d.hint ? `${d.message} — ${d.hint}` : d.message,
    check_name: d.rule,
    fingerprint: createHash('sha256').update(`${d.rule}\0${d.file}\0${d.message}`).digest('hex'),
    severity: d.severity === 'error' ? 'major' : 'minor',
    location: { path: d.file, lines: { begin: d.line } },
  }));
  return JSON.stringify(issues, null, 2).split('\n').map(escapeControls).join('\n');
}

/** Characters that Markdown (or the HTML it allows) would read as markup. */
const markdownSyntax = /[\\`*_{}[\]()#+!|<>~&]/g;

/**
 * Content text as literal Markdown: a message quoting an author's `[link](…)` or `<img>`
 * must not become a link or an image in the job summary.
 */
function literal(text: string): string {
  return escapeControls(text).replace(markdownSyntax, (c) => `\\${c}`);
}

/**
 * Every problem as a Markdown table, for GitHub's job summary: annotations stop at ten per
 * severity per step, and the summary is where the full list stays readable.
 */
export function formatMarkdown(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const heading = `### Throughline check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  if (diagnostics.length === 0) return `${heading}\n\nNo problems found.\n`;
  const rows = diagnostics.map(
    (d) =>
      `| ${literal(`${d.file}:${d.line}:${d.column}`)} | ${d.severity} | \`${d.rule}\` | ${literal(d.message)}${d.hint ? `<br>${literal(d.hint)}` : ''} |`,
  );
  return [heading, '', '| Where | Severity | Rule | Problem |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** The closing line: counts, files and time. */
export function formatSummary(
  diagnostics: readonly Diagnostic[],
  files: number,
  milliseconds: number,
  color = false,
): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const text = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${(milliseconds / 1000).toFixed(2)} s)`;
  if (!color) return text;
  return errors ? pc.red(text) : warnings ? pc.yellow(text) : pc.green(text);
}

/** Renders diagnostics in a format. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format, color = false): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  if (format === 'gitlab') return formatGitlab(diagnostics);
  return formatHuman(diagnostics, color);
}
