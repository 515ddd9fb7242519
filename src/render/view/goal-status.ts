import type { Graph } from '../../model/graph.ts';
import type { Health } from '../../model/progress.ts';
import type { Reason } from '../../model/status-reason.ts';
import { statusText } from '../../model/status.ts';
import { attr, markup, type Markup } from '../html.ts';
import { hrefOf } from '../hrefs.ts';
import { notPublished } from './nodes.ts';
import { formatGrade } from './values.ts';

// How a goal is going and who owns it, as every card, row and page writes it. Strings rather
// than components: each objective page has a few dozen of them (StatusBadge.astro,
// ProgressBar.astro and PersonName.astro write these for the pages that are components).

/**
 * How a goal is going, as a symbol and words as well as a colour; with `reason`, the sentence
 * saying why beside it (docs/status.md), goal titles in it emphasised. `grade`: a closed
 * cycle's grade behind the outcome, 0–1.
 */
export function statusBadgeHtml(status: Health, options: { grade?: number; reason?: Reason } = {}): Markup {
  const { symbol, word } = statusText[status];
  const { grade, reason } = options;
  const graded = grade === undefined ? '' : ` · ${formatGrade(Math.round(grade * 100) / 100)}`;
  return markup`<span${attr('class', `status status-${status}`)}><span aria-hidden="true">${symbol}</span> ${word}${graded}</span>${
    reason && markup` <span class="status-reason">${reasonHtml(reason)}</span>`
  }`;
}

/** A reason sentence with the goal titles in it emphasised. */
export function reasonHtml(reason: Reason): Markup {
  return markup`${reason.map((part) => (typeof part === 'string' ? part : markup`<em>${part.title}</em>`))}`;
}

/**
 * Progress from 0 to 1 as a bar drawn in SVG (widths are attributes, which a same-origin CSP
 * allows where `style` attributes are refused) with the percentage in text beside it. With a
 * status the bar takes its colour (each at least 3:1 against the track, see tokens.css); the
 * status itself is always in words nearby. `label` is its accessible name.
 */
export function progressBarHtml(value: number | undefined, options: { label?: string; status?: Health } = {}): Markup {
  const { label = 'Progress', status } = options;
  const percent = value === undefined ? undefined : Math.round(Math.max(0, Math.min(1, value)) * 100);
  const fill =
    percent !== undefined && percent > 0
      ? markup`<rect class="progress-fill" x="0" y="0"${attr('width', percent)} height="8" rx="4"></rect>`
      : undefined;
  const text =
    percent === undefined
      ? markup`<span aria-hidden="true">—</span><span class="visually-hidden">not measured yet</span>`
      : `${percent}%`;
  return markup`<span class="progress"><svg${attr('class', `progress-bar${status ? ` progress-${status}` : ''}`)} viewBox="0 0 100 8" width="100" height="8" aria-hidden="true" focusable="false"><rect class="progress-track" x="0" y="0" width="100" height="8" rx="4"></rect>${fill}</svg><span class="progress-text"><span class="visually-hidden">${label}: </span>${text}</span></span>`;
}

/** A person's name, linked to their page when a people registry exists; never the id of a person who is not published. */
export function personNameHtml(graph: Graph, id: string): Markup {
  const person = graph.nodes.get(id);
  if (person?.kind === 'person') return markup`<a${attr('href', hrefOf(person))}>${person.data.name}</a>`;
  return markup`<span>${graph.withheld.has(id) ? notPublished.person : id}</span>`;
}
