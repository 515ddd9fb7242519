import { join, relative, resolve, sep } from 'node:path';
import { securityChanges, type BaseConfig } from './config-changes.ts';
import { compareDiagnostics, type Diagnostic, type Finding } from './diagnostics.ts';
import { buildGraph, type Graph } from './graph.ts';
import type { KindDescriptor } from './kinds/index.ts';
import { configFileName, loadContent, type LoadedContent } from './load.ts';
import { resolvePlace } from './positions.ts';
import { collectingContext } from './rules/rule-context.ts';
import { graphChecks, rules } from './rules/registry.ts';
import { emptySource, type SourceFile } from './source.ts';

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
  /** Told how many files are read so far (a progress line on a terminal). */
  onProgress?: (done: number, total: number) => void;
  /** throughline.yaml at a base git ref: settings loosened since then are reported (config/security-change). */
  base?: BaseConfig;
}

export interface CheckResult {
  /** Absent when the content could not be read at all. */
  graph?: Graph;
  /** Every problem, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** True when the run could not happen (no content folder, bad configuration). */
  fatal: boolean;
  /** What the run could not do and says so, beside the diagnostics (a base configuration it could not read). */
  notes: string[];
  /** How many files were checked, when there is no graph to count them (a run answered from the cache). */
  files?: number;
}

/** Loads a content folder, builds the graph and runs every rule: the one pipeline behind `check` and the site build. */
export function checkContent(options: CheckOptions): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  const content = loadContent(resolve(cwd, options.contentDir), cwd, {
    threads: options.threads,
    kinds: options.kinds,
    onProgress: options.onProgress,
  });
  return checkLoaded(content, options);
}

/** The part of checkContent after loading: for content already loaded (as `astro dev` keeps it). */
export function checkLoaded(content: LoadedContent, options: Omit<CheckOptions, 'contentDir'>): CheckResult {
  const cwd = options.cwd ?? process.cwd();
  if (content.fatal.length) {
    return { fatal: true, diagnostics: toDiagnostics(content.fatal, content.sources, {}), notes: [] };
  }
  const graph = buildGraph(content, { today: options.today });
  const findings: Finding[] = [...content.findings];
  const context = collectingContext(graph, findings);
  for (const check of graphChecks) check(context);
  const diagnostics = toDiagnostics(findings, content.sources, graph.config.rules);
  const notes: string[] = [];
  if (options.base) addSecurityChanges(options.base, graph.config, content, cwd, diagnostics, notes);
  return { graph, fatal: false, diagnostics, notes };
}

/** config/security-change: settings throughline.yaml loosened since the base, added to the diagnostics in place. */
export function addSecurityChanges(
  base: BaseConfig,
  config: Graph['config'],
  content: Pick<LoadedContent, 'sources' | 'contentDir'>,
  cwd: string,
  diagnostics: Diagnostic[],
  notes: string[],
): void {
  const changes = securityChanges(base, config);
  if ('note' in changes) {
    notes.push(changes.note);
    return;
  }
  // Graded by the base's configuration: the change under review cannot silence its own report.
  const sources = new Map(content.sources);
  if (!sources.has(configFileName))
    sources.set(
      configFileName,
      emptySource(configFileName, relative(cwd, join(content.contentDir, configFileName)).split(sep).join('/'), 1),
    );
  diagnostics.push(...toDiagnostics(changes.findings, sources, changes.baseRules));
  diagnostics.sort(compareDiagnostics);
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
