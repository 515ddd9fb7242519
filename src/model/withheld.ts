import { kindNamed, type KindDescriptor } from './kinds/index.ts';
import type { Graph } from './graph.ts';
import type { ContentDocument } from './types.ts';

/**
 * References of documents left out of a published graph, and of their items (themes, not-now
 * items, key results, initiatives): what pages must name without its id.
 */
export function withheldReferences(
  documents: readonly ContentDocument[],
  kinds: readonly KindDescriptor[],
): Set<string> {
  const references = new Set<string>();
  for (const document of documents) {
    references.add(document.id);
    for (const { field } of kindNamed(kinds, document.kind).items) {
      const items = (document.data as Record<string, unknown>)[field] as { id: string }[] | undefined;
      for (const item of items ?? []) references.add(`${document.id}/${item.id}`);
    }
  }
  return references;
}

/**
 * A team's name for a label: undefined for a team that is not published (its id is not shown
 * either), the id as written when it names no team at all.
 */
export function teamName(graph: Graph, id: string): string | undefined {
  const team = graph.teamById.get(id);
  if (team) return team.data.name;
  return graph.withheld.has(id) ? undefined : id;
}

/** A person's name when the registry has them; undefined for a person who is not published; else the id as written. */
export function personName(graph: Graph, id: string): string | undefined {
  const person = graph.nodes.get(id);
  if (person?.kind === 'person') return person.data.name;
  return graph.withheld.has(id) ? undefined : id;
}
