import { labelCycle } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import type { GraphNode } from '../../model/types.ts';

/** The title a node is shown by; a brief by its cycle's label. */
export function nodeTitle(graph: Pick<Graph, 'config'>, node: GraphNode): string {
  switch (node.kind) {
    case 'team':
    case 'person':
      return node.data.name;
    case 'brief':
      return `${labelCycle(graph, node.id)} brief`;
    default:
      return node.data.title;
  }
}

/** What kind of thing a node is, in words. */
export function kindLabel(node: GraphNode): string {
  return {
    priority: 'Priority',
    team: 'Team',
    person: 'Person',
    brief: 'Brief',
    objective: 'Objective',
    decision: 'Decision',
    theme: 'Theme',
    'not-now': 'Not now',
    'key-result': 'Key result',
    initiative: 'Initiative',
  }[node.kind];
}

/**
 * What a page says in place of something that is not published: never its id or title, which
 * people write and which say what the document says.
 */
export const notPublished = {
  document: 'a document that is not published',
  team: 'a team that is not published',
  person: 'a person who is not published',
  priority: 'a priority that is not published',
} as const;
