import { cycleState } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { daysAgo, formatPercent } from '../../model/plural.ts';
import type { Person } from '../../model/types.ts';
import { attr, markup, Markup } from '../html.ts';
import { hrefOf } from '../hrefs.ts';
import { personNameHtml, progressBarHtml, statusBadgeHtml } from './goal-status.ts';
import { paceText, type OwnedKeyResult, type OwnedObjective } from './owner-goals.ts';
import { formatGrade } from './values.ts';

/**
 * One objective on its owner's page: its status and progress, then each key result the person
 * answers for with status, progress, pace and how long ago it was last checked in. Written as
 * a string (OwnedObjectiveCard.astro inserts it and holds its styles): the people pages of a
 * company of 10,000 objectives show each of them once more, and as a component with its parts
 * each would cost Astro a render of its own.
 */
export function ownedObjectiveHtml(graph: Graph, row: OwnedObjective, person: Person): string {
  const { objective } = row;
  const { title } = objective.data;
  const team = graph.teamById.get(objective.data.team);
  const cycle = graph.cycles.get(objective.data.cycle);
  // A closed cycle is judged by its final scores; pace only matters while there is time left.
  const closed = cycle ? cycleState(cycle, graph.today) === 'closed' : false;
  return markup`<article class="card owned-objective"${attr('data-attention', row.needsAttention ? 'true' : undefined)}><h4><a${attr('href', hrefOf(objective))}>${title}</a></h4><p class="owned-objective-facts">${[
    statusBadgeHtml(row.status),
    progressBarHtml(row.progress, { label: `Progress of ${title}` }),
    team && markup`<span class="muted">${team.data.name}</span>`,
    closed && objective.data.grade !== undefined && markup`<span>Grade ${formatGrade(objective.data.grade)}</span>`,
    !row.ownsObjective &&
      markup`<span class="muted">objective owned by ${personNameHtml(graph, objective.data.owner)}</span>`,
  ]}</p>${
    row.keyResults.length === 0
      ? new Markup('<p class="muted">No key results.</p>')
      : markup`<div class="table-scroll"><table class="owned-key-results"><caption class="visually-hidden">Key results of ${title}${row.ownsObjective ? '' : ` owned by ${person.data.name}`}</caption><thead><tr><th scope="col">Key result</th><th scope="col">Status</th><th scope="col">Progress</th><th scope="col">${closed ? 'Score' : 'Pace'}</th><th scope="col">Last check-in</th></tr></thead><tbody>${row.keyResults.map((k) => keyResultRowHtml(k, closed))}</tbody></table></div>`
  }</article>`.html;
}

function keyResultRowHtml(k: OwnedKeyResult, closed: boolean): Markup {
  const { title, score } = k.kr.data;
  const { state, expected } = k.pace;
  return markup`<tr${attr('data-attention', k.needsAttention ? 'true' : undefined)}><th scope="row"><a${attr('href', hrefOf(k.kr))}>${title}</a></th><td>${statusBadgeHtml(k.status)}</td><td>${progressBarHtml(k.progress, { label: `Progress of ${title}` })}</td>${
    closed
      ? markup`<td>${score === undefined ? '—' : formatGrade(score)}</td>`
      : markup`<td${attr('class', `pace pace-${state}`)}>${paceText[state]}${
          (state === 'behind' || state === 'ahead') &&
          markup`<span class="muted"> (expected ${formatPercent(expected)})</span>`
        }</td>`
  }<td>${
    k.lastCheckIn
      ? markup`<time${attr('datetime', k.lastCheckIn)}${attr('title', k.lastCheckIn)}>${daysAgo(k.daysSince ?? 0)}</time>`
      : new Markup('<span class="muted">No check-in yet</span>')
  }${k.stale && new Markup('<strong class="stale"> · ⚠ stale</strong>')}</td></tr>`;
}
