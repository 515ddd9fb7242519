import type { Confidence } from '../../src/schemas/check-in.ts';
import type { Direction, KeyResultType } from '../../src/schemas/key-result.ts';

/** One line of the report: a sheet row, or the sheet as a whole when `row` is absent. */
export interface ImportNote {
  row?: number;
  message: string;
}

/** A field that had no usable value and is written as a commented placeholder `check` finds. */
export interface Placeholder {
  field: string;
  /** What the sheet said, or '' for a blank cell. */
  cell: string;
  row: number;
}

export interface PlannedCheckIn {
  date: string;
  value: number | boolean;
  confidence?: Confidence;
  note?: string;
}

export interface PlannedKeyResult {
  id: string;
  title: string;
  row: number;
  type: KeyResultType;
  unit?: string;
  baseline?: number;
  target?: number;
  direction?: Direction;
  commit?: number;
  stretch?: number;
  owner?: string;
  checkIn?: PlannedCheckIn;
  /** Score at the close, as written: 0.0–1.0 or "70%". */
  score?: number | string;
  placeholders: Placeholder[];
}

export interface PlannedObjective {
  id: string;
  title: string;
  cycle: string;
  team: string;
  owner?: string;
  status: 'active' | 'done' | 'cancelled';
  alignsTo: string[];
  keyResults: PlannedKeyResult[];
  grade?: number;
  body?: string;
  /** The first row the objective appears on. */
  row: number;
  placeholders: Placeholder[];
  /** File path inside the content folder. */
  path: string;
  /** An objective already in the content folder (same cycle, team and title): left as it is. */
  exists: boolean;
}

export interface PlannedTeam {
  id: string;
  name: string;
  parent?: string;
  lead?: string;
  row: number;
  /** Named only in a Parent team column: no row of its own. */
  parentOnly?: boolean;
}

export interface PlannedPerson {
  id: string;
  name: string;
  email?: string;
  team?: string;
  row: number;
  /** The owner cell when it names a role or a team ("VPE", "Product"), not a person. */
  asRole?: string;
}

/** What an import writes, before anything is written. */
export interface ImportPlan {
  objectives: PlannedObjective[];
  teams: PlannedTeam[];
  people: PlannedPerson[];
  /** throughline.yaml for a content folder that has none. */
  config?: {
    organisation: string;
    currentCycle?: string;
    /** For a sheet written with FY cycles: their form, and the calendar its dates give (none when they give none). */
    fiscal?: { label: string; calendar?: { startMonth: number; namedBy: 'start' | 'end' } };
  };
  notes: ImportNote[];
}

/** What the content folder already holds, for matching names and titles and keeping ids unique. */
export interface ExistingContent {
  teams: { id: string; name: string; parent?: string }[];
  people: { id: string; name: string; email?: string }[];
  objectives: {
    id: string;
    title: string;
    cycle: string;
    team: string;
    path: string;
    keyResults: { ref: string; title: string }[];
  }[];
  themes: { ref: string; title: string }[];
  /** Every document id and item reference. */
  refs: Set<string>;
  /** Every file path, relative to the content folder. */
  paths: Set<string>;
  hasConfig: boolean;
  /** The fiscal calendar of the content folder, so undated check-ins fall inside their cycle. */
  calendar: { startMonth: number; namedBy: 'start' | 'end' };
}

/** An empty content folder. */
export function noContent(): ExistingContent {
  return {
    teams: [],
    people: [],
    objectives: [],
    themes: [],
    refs: new Set(),
    paths: new Set(),
    hasConfig: false,
    calendar: { startMonth: 1, namedBy: 'start' },
  };
}
