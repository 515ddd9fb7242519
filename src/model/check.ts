import { resolve } from 'node:path';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostics.ts';
import { buildGraph, type Graph } from './graph.ts';
import type { KindDescriptor } from './kinds/index.ts';
import { loadContent } from './load.ts';
import { resolvePlace } from './positions.ts';
import { collectingContext } from './rules/context.ts';
import { graphChecks, rules } from './rules/registry.ts';
import type { SourceFile } from './source.ts';

export interface CheckOptions {
  /** The content folder. */
  contentDir: string;
  /** The date to treat as today (ISO); default: the real date. */
  today?: string;
  /** Paths in diagnostics are relative to this folder; default: the working directory. */
  cwd?: string;
  /**
   * Threads that read and validate files; worker threads only start for large content.
   * @default 1
   */
  threads?: number;
  /**
   * The kinds to read, each from its folder.
   * @default builtInKinds
   */
  kinds?: readonly KindDescriptor[];
}

export interface CheckResult {
  /** Absent when the content could not be read at all. */
  graph?: Graph;
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** True when the run could not happen (no content folder, bad configuration). */
  fatal: boolean;
}

/** Loads a content folder, builds the graph and runs every rule: the one pipeline behind `check` and the site build. */
export function checkContent(options: CheckOptions): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const content = loadContent(resolve(cwd, options.contentDir), cwd, {
    threads: options.threads,
    kinds: options.kinds,
  });
  if (content.fatal.length) {
    return { fatal: true, diagnostics: toDiagnostics(content.fatal, content.sources, {}) };
  }
  const graph = buildGraph(content, { today: options.today });
  const findings: Finding[] = [...content.findings];
  const context = collectingContext(graph, findings);
  for (const check of graphChecks) check(context);
  return { graph, fatal: false, diagnostics: toDiagnostics(findings, content.sources, graph.config.rules) };
}

/** Applies configured severities (dropping rules set to `off`), turns places into line and column, and sorts. */
export function toDiagnostics(
  findings: readonly Finding[],
  sources: Map<string, SourceFile>,
  severities: Record<string, string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const configured = severities[finding.rule];
    if (configured === 'off') continue;
    const severity = configured === 'error' || configured === 'warning' ? configured : rules[finding.rule].severity;
    const source = sources.get(finding.file);
    const { line, column } = resolvePlace(source, finding.place);
    diagnostics.push({
      file: source?.displayPath ?? finding.file,
      line,
      column,
      severity,
      rule: finding.rule,
      message: finding.message,
      ...(finding.hint ? { hint: finding.hint } : {}),
      ...(finding.mentions?.length
        ? { mentions: finding.mentions.map((key) => sources.get(key)?.displayPath ?? key) }
        : {}),
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
