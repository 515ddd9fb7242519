import type { Graph } from '../../model/graph.ts';
import { documentOf } from '../../model/types.ts';
import { attr, markup, type Markup } from '../html.ts';
import { hrefOf } from '../hrefs.ts';
import { kindLabel, nodeTitle, notPublished } from './nodes.ts';

/**
 * A link to whatever a reference names, with its kind (and, with `withTeam`, the team owning an
 * objective or key result); when it names nothing published, words that give neither its id nor
 * its title. NodeLink.astro writes the same for pages that are components.
 */
export function nodeLinkHtml(graph: Graph, ref: string, options: { withTeam?: boolean } = {}): Markup {
  const node = graph.nodes.get(ref);
  if (!node) return markup`<span class="muted">${notPublished.document}</span>`;
  const owner = documentOf(node);
  const team = options.withTeam && owner?.kind === 'objective' ? graph.teamById.get(owner.data.team) : undefined;
  return markup`<span><a${attr('href', hrefOf(node))}>${nodeTitle(graph, node)}</a> <span class="muted">(${kindLabel(node).toLowerCase()}${[
    node.kind === 'key-result' && ` of ${node.objective.data.title}`,
    team && `, ${team.data.name}`,
  ]})</span></span>`;
}
