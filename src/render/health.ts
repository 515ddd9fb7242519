import type { Diagnostic } from '../model/diagnostics.ts';
import type { Graph } from '../model/graph.ts';
import type { Objective } from '../model/types.ts';

/** What the health page shows instead of a warning's words when they name a document that is not published. */
export const withheldWarning = 'This warning names a document that is not published; npm run check shows it in full.';

/**
 * The warnings the health page lists: those about published documents, each at its path in the
 * content folder (`briefs/2026-Q4.md`), not the build machine's path to it. A warning whose
 * message or hint names another document that is not published (a draft's id, a restricted
 * brief's not-now item) keeps its place and rule but not its words; `check` prints it in full.
 */
export function publicWarnings(graph: Graph, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // Paths of published documents only: a draft's file name is not shown either.
  const published = new Map(graph.documents.map((d) => [d.source.displayPath, d.source.key]));
  return diagnostics
    .filter((d) => d.severity === 'warning' && published.has(d.file))
    .map(({ mentions, ...warning }) => {
      const file = published.get(warning.file)!;
      return mentions?.some((path) => !published.has(path))
        ? { ...warning, file, message: withheldWarning, hint: undefined }
        : { ...warning, file };
    });
}

/**
 * The cycles that closed last (a quarter and its year may close on the same day), each with its
 * active objectives that have no grade yet: what owners still have to grade.
 */
export function awaitingGrades(graph: Graph): { cycle: string; objectives: Objective[] }[] {
  let lastEnd = '';
  const graded = [...graph.cycles.values()].filter((cycle) => graph.objectivesByCycle.get(cycle.id)?.length);
  for (const cycle of graded) if (cycle.end < graph.today && cycle.end > lastEnd) lastEnd = cycle.end;
  return graded
    .filter((cycle) => cycle.end === lastEnd)
    .map((cycle) => ({
      cycle: cycle.id,
      objectives: (graph.objectivesByCycle.get(cycle.id) ?? []).filter(
        (o) => o.data.status === 'active' && o.data.grade === undefined,
      ),
    }));
}
