import type { Finding, Place } from '../diagnostics.ts';
import type { Graph } from '../graph.ts';
import type { ContentDocument } from '../types.ts';
import type { RuleId } from './registry.ts';

/** What a rule gets: the graph, and one way to report. */
export interface RuleContext {
  graph: Graph;
  /**
   * Records a finding at a YAML path (or line and column) of a document. `mentions` are the
   * other documents the message or hint names (by id, title or text): the site shows no words
   * of those that are not published.
   */
  report(
    document: ContentDocument,
    place: Place | readonly (string | number)[],
    rule: RuleId,
    message: string,
    hint?: string,
    mentions?: readonly (ContentDocument | undefined)[],
  ): void;
}

/** A rule reads the graph and reports; it never throws on content. */
export type Rule = (context: RuleContext) => void;

/** A context that collects findings into an array. */
export function collectingContext(graph: Graph, findings: Finding[]): RuleContext {
  return {
    graph,
    report(document, place, rule, message, hint, mentions) {
      const resolved: Place = Array.isArray(place) ? { path: place, part: 'value' } : (place as Place);
      const others = [...new Set(mentions?.flatMap((d) => (d && d !== document ? [d.source.key] : [])) ?? [])];
      findings.push({
        file: document.source.key,
        place: resolved,
        rule,
        message,
        hint,
        ...(others.length ? { mentions: others } : {}),
      });
    },
  };
}

/** Runs some checks over a graph and returns their findings. */
export function runChecks(checks: readonly Rule[], graph: Graph): Finding[] {
  const findings: Finding[] = [];
  const context = collectingContext(graph, findings);
  for (const check of checks) check(context);
  return findings;
}
