import type { severitySettings } from '../schemas/config.ts';
import type { RuleId } from './rules/registry.ts';

/** How bad a problem is; `error` fails `check` and the build. The configuration may also turn a rule `off`. */
export type Severity = Exclude<(typeof severitySettings)[number], 'off'>;

/** One content problem as users read it: a place, a rule and a sentence. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory. */
  file: string;
  /** 1-based line in the original file (frontmatter offset included). */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  /** Stable rule id, e.g. `ref/unknown`. */
  rule: RuleId;
  message: string;
  /** How to fix it. */
  hint?: string;
  /**
   * Paths of the other documents the message or hint names (by id, title or text), so the site
   * can leave out the words of those that are not published; absent when it names none.
   */
  mentions?: string[];
}

/** Where in a file a finding points: a YAML path inside the frontmatter, or a known line and column. */
export type Place = { path: readonly (string | number)[]; part?: 'key' | 'value' } | { line: number; column: number };

/** A problem found by a rule before severities are applied and places turned into line and column. */
export interface Finding {
  /** Key of the file in the content set (its path relative to the content folder). */
  file: string;
  place: Place;
  rule: RuleId;
  message: string;
  hint?: string;
  /** Keys of the other documents the message or hint names. */
  mentions?: string[];
}

/** Orders diagnostics by file, line, column, then rule, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Counts errors and warnings. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
