import { cycleState } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { expectedLine, type Pace } from '../../model/pace.ts';
import { plural } from '../../model/plural.ts';
import { baselineOf, latestCheckIn, sortedCheckIns, targetOf } from '../../model/progress.ts';
import { keyResultReason, reasonText } from '../../model/status-reason.ts';
import { keyResultStatus } from '../../model/status.ts';
import type { KeyResult } from '../../model/types.ts';
import type { CheckInData } from '../../schemas/check-in.ts';
import { attr, markup, Markup } from '../html.ts';
import { blobLineUrl, checkInCommand, keyResultLine } from '../update-link.ts';
import { anchorOf } from '../urls.ts';
import { chartGeometry, type ChartGeometry } from './chart.ts';
import { chartSvg } from './chart-svg.ts';
import { checkInRowsHtml } from './check-in-rows.ts';
import { personNameHtml, progressBarHtml, reasonHtml, statusBadgeHtml } from './goal-status.ts';
import { baselineText, chartCheckIns, currentText, milestoneRows } from './key-result.ts';
import { directionText, formatGrade, formatValue } from './values.ts';

/**
 * One key result's card: baseline → current → target, progress, confidence, score, owner, its
 * milestones against the check-ins, its check-ins over the cycle as a chart and a table, and how
 * to update it. Written as one string (KeyResultCard.astro inserts it and holds its styles):
 * every objective page has a card per key result, and as components their few dozen parts
 * each cost Astro a render of its own. `editFile` is the objective file's address on the git
 * host, when there is one.
 */
export function keyResultCardHtml(graph: Graph, kr: KeyResult, editFile: string | undefined): string {
  const data = kr.data;
  const { status, progress, pace, grade } = keyResultStatus(graph, kr);
  const reason = keyResultReason(graph, kr);
  const { today } = graph;
  const checkIns = sortedCheckIns(kr);
  const latest = latestCheckIn(kr, today);
  const show = (value: number | undefined) => formatValue(value, data);
  const current = currentText(kr, today);
  const anchor = anchorOf(kr);
  return markup`<section class="kr card"${attr('id', anchor)}${attr('aria-labelledby', `${anchor}-title`)}><h3${attr('id', `${anchor}-title`)}>${data.title}</h3>${[
    valuesHtml(kr, today, current, show),
    markup`<p class="kr-status">${statusBadgeHtml(status, { grade })} ${progressBarHtml(progress, { label: `Progress of ${data.title}`, status })}${[
      // A closed cycle shows outcomes: the last forecast is in the check-in table.
      latest?.confidence && grade === undefined && markup`<span class="muted">Confidence: ${latest.confidence}</span>`,
      data.score !== undefined && markup`<span>Score <strong>${formatGrade(data.score)}</strong></span>`,
    ]}</p>`,
    markup`<p class="kr-reason">${reasonHtml(reason)}</p>`,
    factsHtml(graph, kr, show),
    chartHtml(graph, kr, { show, current, latest, pace, why: reasonText(reason) }),
    milestonesHtml(kr, today),
    checkIns.length > 0 &&
      markup`<details class="kr-checkins"><summary>${plural(checkIns.length, 'check-in')}</summary><div class="table-scroll"><table><thead>${checkInHeader}</thead><tbody>${new Markup(checkInRowsHtml(checkIns, today, show))}</tbody></table></div></details>`,
    updateHtml(graph, kr, editFile, latest?.confidence),
  ]}</section>`.html;
}

const checkInHeader = new Markup(
  '<tr><th scope="col">Date</th><th scope="col">Value</th><th scope="col">Confidence</th><th scope="col">Note</th></tr>',
);

type Show = (value: number | undefined) => string;

function valuesHtml(kr: KeyResult, today: string, current: string, show: Show): Markup {
  const arrow = new Markup('<span aria-hidden="true">→</span>');
  return markup`<p class="kr-values"><span><span class="muted">Baseline</span> ${baselineText(kr, today)}</span>${arrow}<span><span class="muted">Current</span> <strong>${current}</strong></span>${arrow}<span><span class="muted">Target</span> ${show(targetOf(kr))}</span></p>`;
}

function factsHtml(graph: Graph, kr: KeyResult, show: Show): Markup {
  const { data } = kr;
  return markup`<p class="muted kr-facts">${data.type}, ${directionText[data.direction]}${[
    data.commit !== undefined && ` · commit ${show(data.commit)}`,
    data.stretch !== undefined && ` · stretch ${show(data.stretch)}`,
    data.owner && markup` · owner ${personNameHtml(graph, data.owner)}`,
  ]}</p>`;
}

/** The check-ins drawn over the cycle, with the expected line where the key result has a pace to keep. */
function chartHtml(
  graph: Graph,
  kr: KeyResult,
  card: { show: Show; current: string; latest: CheckInData | undefined; pace: Pace | undefined; why: string },
): Markup | undefined {
  const { show, current, latest, pace, why } = card;
  const { today } = graph;
  const cycle = graph.cycles.get(kr.objective.data.cycle);
  const numeric = chartCheckIns(kr, today);
  if (!cycle || numeric.length === 0) return undefined;
  const baseline = baselineOf(kr, today);
  const target = targetOf(kr);
  // The expected line in the key result's own values, where it has a pace to keep.
  const expected =
    baseline !== undefined && target !== undefined && pace && pace.state !== 'not-applicable'
      ? expectedLine(kr, cycle).map((p) => ({ date: p.date, value: baseline + p.progress * (target - baseline) }))
      : undefined;
  const geometry = chartGeometry({
    cycle,
    today,
    checkIns: numeric,
    baseline,
    target,
    expected,
    milestones: (kr.data.milestones ?? []).map((m) => ({ date: m.date, value: m.value })),
    format: show,
  });
  const summary =
    [
      `Chart of the ${plural(numeric.length, 'check-in')} of "${kr.data.title}"`,
      `from ${show(numeric[0]?.value)} on ${numeric[0]?.date} to ${current} on ${latest?.date}`,
      `against a target of ${show(target)}`,
    ].join(' ') + `. ${why}`;
  return markup`<figure class="chart-figure">${new Markup(chartSvg(geometry, summary))}${chartKeyHtml(geometry)}</figure>`;
}

/** What the chart's lines are; hidden from screen readers, which have the summary. */
function chartKeyHtml(g: ChartGeometry): Markup {
  return markup`<figcaption class="chart-key" aria-hidden="true"><span class="chart-key-line">Check-ins</span>${[
    g.expected && markup`<span class="chart-key-expected">Expected</span>`,
    g.guides.some((guide) => guide.kind === 'target') && markup`<span class="chart-key-target">Target</span>`,
    g.milestones.length > 0 && markup`<span>◆ Milestone</span>`,
  ]}</figcaption>`;
}

function milestonesHtml(kr: KeyResult, today: string): Markup | undefined {
  const milestones = milestoneRows(kr, today);
  if (milestones.length === 0) return undefined;
  return markup`<div class="kr-milestones"><h4>Milestones</h4><ul class="plain-list">${milestones.map(
    (m) =>
      markup`<li${attr('class', `milestone milestone-${m.state}`)}><time${attr('datetime', m.date)}>${m.date}</time>: ${m.due} · <span><span aria-hidden="true">${m.symbol}</span> ${m.word}</span>${
        m.measured && markup`<span class="muted"> (${m.measured})</span>`
      }</li>`,
  )}</ul></div>`;
}

/**
 * How an owner updates the key result: a link to its line in the file on the git host, and,
 * while its cycle is open, the one command that adds a check-in, ready to copy (selectable
 * text without JavaScript).
 */
function updateHtml(
  graph: Graph,
  kr: KeyResult,
  editFile: string | undefined,
  confidence: string | undefined,
): Markup | undefined {
  // The line is looked up only when there is a git host to link to.
  const line = editFile ? keyResultLine(kr) : 0;
  const update = editFile ? blobLineUrl(editFile, line) : undefined;
  const cycle = graph.cycles.get(kr.objective.data.cycle);
  // A closed cycle takes no more check-ins (the command refuses them without --force).
  const open = cycle ? cycleState(cycle, graph.today) !== 'closed' : true;
  if (!update && !open) return undefined;
  const command = checkInCommand(kr, confidence);
  return markup`<div class="kr-update no-print">${[
    update &&
      markup`<p><a${attr('href', update)}>Update</a><span class="muted"> — opens this key result (line ${line}) in its file on the git host</span></p>`,
    open &&
      markup`<details><summary>Add a check-in by command</summary><p class="kr-update-command" data-copy-group><code>${command}</code><button type="button" data-copy hidden>Copy</button></p><p class="muted">Run it in a clone of the content repository with the new value in place of VALUE; add --note to say what changed.</p></details>`,
  ]}</div>`;
}
