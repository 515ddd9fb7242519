import type { z } from 'zod';
import type { Graph } from '../graph.ts';
import type { AnyDocument, ContentDocument, DocumentKind } from '../types.ts';

/** How the UI and messages name a kind, lower case: `key result`, `key results`. */
export interface KindLabel {
  singular: string;
  plural: string;
}

/** A list of items inside a document, each addressed as `<document id>/<item id>`. */
export interface ItemKind {
  /** The node kind of each item: `key-result`. */
  kind: string;
  /** The document field that lists them: `keyResults`. */
  field: string;
  /** The prefix of an item's element id on its document's page: `kr-`. */
  anchor: string;
  label: KindLabel;
}

/** A field that points at other nodes, checked by the reference rule. */
export interface ReferenceField {
  /** Where the references are: `team`, `deciders[]`, `themes[].priority`, `initiatives[].keyResults[]`. */
  path: string;
  /** The node kinds it may point at. */
  to: readonly string[];
  /** What messages call one of its references: `Unknown dependency "x"`. */
  noun: string;
  /** A bare id may name an item of the document itself (an objective's own key results). */
  within?: boolean;
}

/** What a search record takes from a document: its title, its words in order, and its filters. */
export interface SearchFields {
  title: string;
  /** Names, body and items; empty parts are dropped. */
  parts: (string | undefined)[];
  /** Filter values besides the kind, as readers read them ("At risk", not `at-risk`); empty ones are dropped. */
  filters?: Record<string, string | undefined>;
  /** What a result shows under its title besides its filters (progress, a date, a role); empty ones are dropped. */
  meta?: Record<string, string | undefined>;
}

/** What a kind's search function gets besides the document. */
export interface SearchContext {
  graph: Graph;
  /** The document's body as plain text. */
  body: string;
  /** A person's name when the registry has them, else the id as written. */
  name(id: string | undefined): string | undefined;
}

/** The precise document type of a built-in kind; a registered extra kind gets the generic one. */
export type DocumentOf<K extends string> = K extends DocumentKind ? Extract<ContentDocument, { kind: K }> : AnyDocument;

/** Everything Throughline knows about one kind of document; loader, graph, rules, URLs and search read it. */
export interface KindDescriptor {
  /** The kind's name, as documents, search records and filters carry it: `objective`. */
  kind: string;
  /** The folder under the content root that holds it: `okrs`. */
  folder: string;
  /** Validates the frontmatter; its JSON Schema is written to `json-schemas/<kind>.schema.json`. */
  schema: z.ZodType;
  /** The field that holds the document's id: `id`, or `cycle` for a brief. */
  idField: string;
  label: KindLabel;
  /** The first segment of a document's page: `objectives` gives `objectives/<id>/`. */
  route: string;
  /** Lists of items inside the document. */
  items: readonly ItemKind[];
  /** Fields that point at other nodes (alignment, `alignsTo`, is checked by the alignment rules). */
  references: readonly ReferenceField[];
  /** Content may do without this kind: references to it are checked only once one exists (people). */
  optional?: boolean;
  /** Fields that hold a cycle (`cycle`); a cycle written as `FY21-Q3` is made canonical (`2021-Q3`) on load. */
  cycleFields?: readonly string[];
  /** Reference fields that may name a brief by its cycle (`alignsTo[]`, `affects[]`), made canonical on load too. */
  briefRefs?: readonly string[];
  /** What the document's search record holds. */
  search(document: AnyDocument, context: SearchContext): SearchFields;
}

/** What a kind is declared with: its search sees the precise document type; the rest has defaults. */
export interface KindDefinition<K extends string> extends Omit<
  KindDescriptor,
  'kind' | 'idField' | 'items' | 'references' | 'search'
> {
  kind: K;
  idField?: string;
  items?: readonly ItemKind[];
  references?: readonly ReferenceField[];
  search?(document: DocumentOf<K>, context: SearchContext): SearchFields;
}

/**
 * Declares a kind. By default its id is its `id` field, it has no items and no references, and
 * its search record holds its `title` (or `name`, else its id) and its body.
 */
export function defineKind<K extends string>(definition: KindDefinition<K>): KindDescriptor {
  const { idField = 'id', items = [], references = [], search, ...rest } = definition;
  // Only documents of this kind ever reach its search.
  return { ...rest, idField, items, references, search: (search as KindDescriptor['search']) ?? defaultSearch };
}

function defaultSearch(document: AnyDocument, { body }: SearchContext): SearchFields {
  const { title, name } = document.data;
  return { title: typeof title === 'string' ? title : typeof name === 'string' ? name : document.id, parts: [body] };
}

/** A status as a word a reader reads: `accepted` gives `Accepted`. */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
