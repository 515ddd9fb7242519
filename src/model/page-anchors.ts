import { bodyFacts } from './body.ts';
import type { ContentDocument, DocumentKind, GraphNode } from './types.ts';

/** How the id of each kind of item begins on its document's page. */
const itemPrefix = { theme: 'theme-', 'not-now': 'not-now-', 'key-result': 'kr-', initiative: 'initiative-' } as const;

/** The element id of an item on its document's page (key results, initiatives, themes, not-now items); '' for a document. */
export function anchorOf(node: GraphNode): string {
  return node.kind === 'theme' || node.kind === 'not-now' || node.kind === 'key-result' || node.kind === 'initiative'
    ? `${itemPrefix[node.kind]}${node.data.id}`
    : '';
}

/**
 * The ids of a page's own parts a link may name, besides its items and its body's headings:
 * the skip link's target on every page, and the sections of an objective's page
 * (src/pages/objectives/[id].astro), accepted even where the page leaves a section out.
 * Maps' ids are not link targets.
 */
export const pageSectionIds: Record<DocumentKind, readonly string[]> = {
  objective: ['main', 'retro', 'initiatives', 'dependencies', 'aligned', 'decisions'],
  brief: ['main'],
  priority: ['main'],
  team: ['main'],
  person: ['main'],
  decision: ['main'],
};

/** Every id a link's fragment may name on a document's page. */
export interface PageAnchors {
  ids: Set<string>;
  /** The body makes ids only rendering would tell (see `BodyFacts.unlistedIds`): any fragment is accepted. */
  unlisted: boolean;
}

const memo = new WeakMap<ContentDocument, PageAnchors>();

/** The ids on a document's page: its sections, its items' anchors and its body's headings. */
export function pageAnchors(document: ContentDocument): PageAnchors {
  let anchors = memo.get(document);
  if (anchors) return anchors;
  const facts = bodyFacts(document.source);
  const ids = new Set([...pageSectionIds[document.kind], ...facts.headingIds]);
  if (document.kind === 'objective') {
    for (const kr of document.data.keyResults) ids.add(itemPrefix['key-result'] + kr.id);
    for (const initiative of document.data.initiatives) ids.add(itemPrefix.initiative + initiative.id);
  } else if (document.kind === 'brief') {
    for (const theme of document.data.themes) ids.add(itemPrefix.theme + theme.id);
    for (const item of document.data.notNow) ids.add(itemPrefix['not-now'] + item.id);
  }
  anchors = { ids, unlisted: facts.unlistedIds };
  memo.set(document, anchors);
  return anchors;
}
