// Draws the search page's results: each one's title as its link, what it is and how it is going
// (kind, team, owner, status, progress, cycle), and the passage that matched.
import { statusText } from '../model/status.ts';

/** What Pagefind's client returns for one result once its fragment has loaded. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** The status words of goals, by the word, for their symbol and colour. */
const goalStatuses = new Map(Object.entries(statusText).map(([health, text]) => [text.word, { health, ...text }]));

const decisionSymbols: Record<string, string> = {
  Proposed: '?',
  Accepted: '✔',
  Rejected: '✖',
  Superseded: '↻',
  Deprecated: '⊘',
};

/** One result as a list item; every piece of the record is text, never markup. */
export function resultItem(data: ResultData, kindLabel: (kind: string) => string): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', 'search-result-link', data.meta.title ?? data.url);
  link.href = data.url;
  item.append(heading(link));
  const facts = element('p', 'search-result-facts');
  for (const fact of factsOf(data.meta, kindLabel)) {
    if (facts.childNodes.length) facts.append(' · ');
    facts.append(fact);
  }
  item.append(facts);
  if (data.excerpt) item.append(excerpt(data.excerpt));
  return item;
}

function heading(link: HTMLAnchorElement): HTMLElement {
  const title = element('h2', 'search-result-title');
  title.append(link);
  return title;
}

/** The facts under a result's title, in reading order, each kind's own. */
function factsOf(meta: ResultData['meta'], kindLabel: (kind: string) => string): (string | HTMLElement)[] {
  const facts: (string | HTMLElement | undefined)[] = [
    element('span', 'search-result-kind', kindLabel(meta.kind ?? '')),
    meta.team && !meta.role && meta.kind !== 'team' ? meta.team : undefined,
    meta.role ? `${meta.role}${meta.team ? `, ${meta.team}` : ''}` : undefined,
    meta.owner && meta.kind !== 'person' ? `Owner: ${meta.owner}` : undefined,
    meta.lead ? `Lead: ${meta.lead}` : undefined,
    meta.parent ? `Part of ${meta.parent}` : undefined,
    meta.status ? goalStatus(meta.status) : undefined,
    meta.progress ? `${meta.progress} done` : undefined,
    meta.decision ? decisionStatus(meta.decision) : undefined,
    meta.deciders ? `Decided by ${meta.deciders}` : undefined,
    meta.date,
    meta.state && meta.state !== 'Active' ? meta.state : undefined,
    meta.cycle,
  ];
  return facts.filter((fact): fact is string | HTMLElement => fact !== undefined);
}

function goalStatus(word: string): HTMLElement {
  const known = goalStatuses.get(word);
  return withSymbol(`status status-${known?.health ?? 'unknown'}`, known?.symbol, word);
}

function decisionStatus(word: string): HTMLElement {
  return withSymbol(`status decision-${word.toLowerCase()}`, decisionSymbols[word], word);
}

/** A status as a symbol and a word, never colour alone. */
function withSymbol(className: string, symbol: string | undefined, word: string): HTMLElement {
  const span = element('span', className);
  if (symbol) {
    const mark = element('span', '', symbol);
    mark.setAttribute('aria-hidden', 'true');
    span.append(mark, ' ');
  }
  span.append(word);
  return span;
}

/**
 * The matched passage. Pagefind marks the matched words with `<mark>` and leaves the rest as
 * the record's text, unescaped: it is split on the marks and written as text, so a document
 * that contains markup shows it as words.
 */
function excerpt(text: string): HTMLElement {
  const paragraph = element('p', 'search-result-excerpt');
  text.split(/<mark>|<\/mark>/).forEach((part, index) => {
    if (!part) return;
    paragraph.append(index % 2 ? element('mark', '', part) : part);
  });
  return paragraph;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}
