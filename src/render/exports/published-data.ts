import type { Graph } from '../../model/graph.ts';
import { bodyTree } from '../../model/body-tree.ts';
import { kindNamed, walkReferences } from '../../model/kinds/index.ts';
import type { ReferenceField } from '../../model/kinds/define.ts';
import type { ContentDocument } from '../../model/types.ts';
import { plainText } from '../plain-text.ts';

/**
 * What a reference to a document that is not published (a draft, a restricted document) reads
 * in the exports: a valid id that names nothing, so the data keeps its shape and never the id.
 */
export const notPublishedRef = 'not-published';

/**
 * Whether the exports may show a reference: it names a published document or item, as pages
 * link it. A reference that names nothing published (a draft, a restricted document, or an id
 * that resolves to nothing) is not shown, as pages do not show it; people are the exception when
 * the content keeps no people registry, since pages then show owners as written.
 */
export function isShown(graph: Graph, ref: string, to: readonly string[] = []): boolean {
  const bare = ref.split('#')[0]!;
  if (graph.nodes.has(bare)) return true;
  if (graph.withheld.has(bare)) return false;
  return to.length === 1 && to[0] === 'person' && graph.people.length === 0;
}

/**
 * A published document's frontmatter for the exports: a copy in which every reference that
 * names nothing published (owner, parent, alignsTo, affects…, found through the kind's reference
 * fields) reads `not-published`, as pages name it without its id.
 */
export function publishedData<D extends ContentDocument>(graph: Graph, document: D): D['data'] {
  // Copied only when a reference must be replaced: most documents name only what is published.
  if (!withholds(graph, document)) return document.data;
  const data = structuredClone(document.data) as D['data'];
  walkReferences(kindNamed(graph.kinds, document.kind), data, (field, path, ref) => {
    if (shownFrom(graph, document, field, ref)) return;
    let parent = data as unknown as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    parent[path.at(-1)!] = notPublishedRef;
  });
  // Alignment is checked by its own rules rather than as a reference field: the same rule here.
  const aligned = (data as { alignsTo?: unknown }).alignsTo;
  if (Array.isArray(aligned))
    aligned.forEach((ref, i) => {
      if (typeof ref === 'string' && !isShown(graph, ref)) aligned[i] = notPublishedRef;
    });
  return data;
}

/** Whether a reference in a document is shown: a bare id may name the document's own item (an initiative's key result). */
function shownFrom(graph: Graph, document: ContentDocument, field: ReferenceField, ref: string): boolean {
  if (field.within && !ref.includes('/') && graph.nodes.has(`${document.id}/${ref}`)) return true;
  return isShown(graph, ref, field.to);
}

/** Whether a document's frontmatter names anything that is not published. */
function withholds(graph: Graph, document: ContentDocument): boolean {
  let found = false;
  walkReferences(kindNamed(graph.kinds, document.kind), document.data, (field, _path, ref) => {
    if (!found && !shownFrom(graph, document, field, ref)) found = true;
  });
  const aligned = (document.data as { alignsTo?: unknown }).alignsTo;
  return found || (Array.isArray(aligned) && aligned.some((ref) => typeof ref === 'string' && !isShown(graph, ref)));
}

/**
 * A body as the exports carry it: its words as the search index has them (links keep their
 * text, never their targets), so a link to a withheld document gives away nothing.
 */
export function publishedText(document: ContentDocument): string {
  return plainText(bodyTree(document.source).root);
}
