import type { Graph } from '../../model/graph.ts';
import { objectiveStatus } from '../../model/status.ts';
import type { Objective } from '../../model/types.ts';
import { attr, markup } from '../html.ts';
import { hrefOf } from '../hrefs.ts';
import { personNameHtml, progressBarHtml, statusBadgeHtml } from './goal-status.ts';
import { notPublished } from './nodes.ts';

/**
 * One objective in a list: title, team, owner, status and progress. The title is the row's one
 * primary link; team and owner are quiet links (muted, underlined on hover or focus only).
 * `hideTeam` leaves the team out (on the team's own page). A cycle's page lists a thousand of
 * these at 10,000 objectives: one string each rather than a component and its parts.
 */
export function objectiveRowHtml(graph: Graph, objective: Objective, options: { hideTeam?: boolean } = {}): string {
  const { status, progress } = objectiveStatus(graph, objective);
  const team = graph.teamById.get(objective.data.team);
  const unlinkedTeam = graph.withheld.has(objective.data.team) ? notPublished.team : objective.data.team;
  const teamPart =
    !options.hideTeam &&
    markup`<span>${team ? markup`<a${attr('href', hrefOf(team))}>${team.data.name}</a>` : unlinkedTeam}</span>`;
  return markup`<li class="objective-row"><a class="objective-row-title"${attr('href', hrefOf(objective))}>${objective.data.title}</a><span class="objective-row-facts">${[
    teamPart,
    markup`<span>${personNameHtml(graph, objective.data.owner)}</span>`,
    statusBadgeHtml(status),
    progressBarHtml(progress, { status }),
  ]}</span></li>`.html;
}
