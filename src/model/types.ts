import type { BriefData, NotNowData, ThemeData } from '../schemas/brief.ts';
import type { DecisionData } from '../schemas/decision.ts';
import type { InitiativeData } from '../schemas/initiative.ts';
import type { KeyResultData } from '../schemas/key-result.ts';
import type { ObjectiveData } from '../schemas/objective.ts';
import type { PersonData } from '../schemas/person.ts';
import type { PriorityData } from '../schemas/priority.ts';
import type { TeamData } from '../schemas/team.ts';
import type { SourceFile } from './source.ts';

/** The kinds of document, named by the folder they live in. */
export type DocumentKind = 'priority' | 'team' | 'person' | 'brief' | 'objective' | 'decision';

interface DocumentBase<K extends DocumentKind, D> {
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

/** The document a node lives in. */
export function documentOf(node: GraphNode): ContentDocument {
  if (node.kind === 'theme' || node.kind === 'not-now') return node.brief;
  if (node.kind === 'key-result' || node.kind === 'initiative') return node.objective;
  return node;
}
