import { bodyFacts } from './body.ts';
import { builtInKinds, itemKindNamed, kindNamed, type KindDescriptor } from './kinds/index.ts';
import type { ContentDocument, GraphNode } from './types.ts';

/** The element id of an item on its document's page (`kr-<id>`, from its kind's descriptor); '' for a document. */
export function anchorOf(node: GraphNode, kinds: readonly KindDescriptor[] = builtInKinds): string {
  return 'ref' in node ? `${itemKindNamed(kinds, node.kind).anchor}${node.data.id}` : '';
}

/**
 * The ids of a page's own parts a link may name, besides its items and its body's headings:
 * the skip link's target on every page, and the sections of an objective's, a brief's and a
 * person's page (src/pages/objectives/[id].astro, cycles/[cycle].astro, people/[id].astro),
 * accepted even where the page leaves a section out.
 * Maps' ids are not link targets.
 */
const pageSectionIds: Record<string, readonly string[]> = {
  objective: ['retro', 'initiatives', 'dependencies', 'aligned', 'decisions', 'history'],
  brief: ['themes', 'not-now', 'trade-offs', 'risks', 'maps', 'objectives-by-team', 'grades-by-team'],
  person: ['goals'],
};

/** Every id a link's fragment may name on a document's page. */
export interface PageAnchors {
  ids: Set<string>;
  /** The body makes ids only rendering would tell (see `BodyFacts.unlistedIds`): any fragment is accepted. */
  unlisted: boolean;
}

const memo = new WeakMap<ContentDocument, PageAnchors>();

/** The ids on a document's page: its sections, its items' anchors and its body's headings. */
export function pageAnchors(document: ContentDocument, kinds: readonly KindDescriptor[] = builtInKinds): PageAnchors {
  let anchors = memo.get(document);
  if (anchors) return anchors;
  const facts = bodyFacts(document.source);
  const ids = new Set(['main', ...(pageSectionIds[document.kind] ?? []), ...facts.headingIds]);
  for (const { field, anchor } of kindNamed(kinds, document.kind).items) {
    const items = (document.data as Record<string, unknown>)[field] as { id: string }[] | undefined;
    for (const item of items ?? []) ids.add(anchor + item.id);
  }
  anchors = { ids, unlisted: facts.unlistedIds };
  memo.set(document, anchors);
  return anchors;
}

/**
 * The part of a body its page's anchors come from, so a later run can tell whether links to
 * the page may resolve differently: every line that may be a heading (any with a `#`, and a
 * setext underline with the line above it), or the whole body when it holds HTML, JSX or
 * footnotes, whose ids only rendering tells. Generous: a line too many only costs a re-check.
 */
export function anchorSource(body: string): string {
  if (body.includes('<') || body.includes('[^')) return body;
  const lines = body.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (line.includes('#')) kept.push(line);
    else if (i > 0 && /^[\t >]*(?:=+|-+)[\t ]*$/.test(line)) kept.push(lines[i - 1]!, line);
  });
  return kept.join('\n');
}
