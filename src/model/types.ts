import type { BriefData, NotNowData, ThemeData } from '../schemas/brief.ts';
import type { DecisionData } from '../schemas/decision.ts';
import type { InitiativeData } from '../schemas/initiative.ts';
import type { KeyResultData } from '../schemas/key-result.ts';
import type { ObjectiveData } from '../schemas/objective.ts';
import type { PersonData } from '../schemas/person.ts';
import type { PriorityData } from '../schemas/priority.ts';
import type { TeamData } from '../schemas/team.ts';
import { builtInKinds, indexKinds, type KindDescriptor } from './kinds/index.ts';
import type { SourceFile } from './source.ts';

/** The built-in kinds of document, each described once in src/model/kinds/. */
export type DocumentKind = 'priority' | 'team' | 'person' | 'brief' | 'objective' | 'decision';

interface DocumentBase<K extends string, D> {
  kind: K;
  /** Stable id (a brief's id is its cycle). */
  id: string;
  source: SourceFile;
  data: D;
  /** False for drafts and restricted documents: checked, never published. */
  published: boolean;
}

export type Priority = DocumentBase<'priority', PriorityData>;
export type Team = DocumentBase<'team', TeamData>;
export type Person = DocumentBase<'person', PersonData>;
export type Brief = DocumentBase<'brief', BriefData>;
export type Objective = DocumentBase<'objective', ObjectiveData>;
export type Decision = DocumentBase<'decision', DecisionData>;
export type ContentDocument = Priority | Team | Person | Brief | Objective | Decision;

/**
 * Any document as the kind-generic code (loader, graph, reference and identity rules, URLs,
 * search) sees it. Documents of kinds registered beside the built-in ones only have this type:
 * they travel in the graph's lists as `ContentDocument`s, and code that narrows by kind passes
 * them by.
 */
export type AnyDocument = DocumentBase<string, Record<string, unknown>>;

/** A strategic theme, addressed as `<cycle>/<theme id>`. */
export interface Theme {
  kind: 'theme';
  ref: string;
  brief: Brief;
  index: number;
  data: ThemeData;
}

/** A not-now item, addressed as `<cycle>/<item id>`. */
export interface NotNowItem {
  kind: 'not-now';
  ref: string;
  brief: Brief;
  index: number;
  data: NotNowData;
}

/** A key result, addressed as `<objective id>/<kr id>`. */
export interface KeyResult {
  kind: 'key-result';
  ref: string;
  objective: Objective;
  index: number;
  data: KeyResultData;
}

/** An initiative, addressed as `<objective id>/<initiative id>`. */
export interface Initiative {
  kind: 'initiative';
  ref: string;
  objective: Objective;
  index: number;
  data: InitiativeData;
}

/** Anything a reference can point at. */
export type GraphNode = ContentDocument | Theme | NotNowItem | KeyResult | Initiative;

/** The reference string of a node: a document's id or `<document>/<item>`. */
export function refOf(node: GraphNode): string {
  return 'ref' in node ? node.ref : node.id;
}

/** The document a node lives in: itself, or for an item the document it names by kind (`kr.objective`). */
export function documentOf(node: GraphNode, kinds: readonly KindDescriptor[] = builtInKinds): ContentDocument {
  if (!('ref' in node)) return node;
  const parent = indexKinds(kinds).items.get(node.kind)!.in.kind;
  return (node as unknown as Record<string, ContentDocument>)[parent]!;
}
