import { z } from 'zod';
import { briefSchema } from './brief.ts';
import { decisionSchema } from './decision.ts';
import { objectiveSchema } from './objective.ts';
import { personSchema } from './person.ts';
import { prioritySchema } from './priority.ts';
import { teamSchema } from './team.ts';

/** The version of the export's shape; a change that could break a reader raises it. */
export const graphExportVersion = 2;

/** How a goal is going, as the site computes it (docs/status.md); version 2 added `behind-pace`, `partly-met`, `missed`. */
const healthSchema = z.enum([
  'not-started',
  'on-track',
  'behind-pace',
  'at-risk',
  'off-track',
  'done',
  'partly-met',
  'missed',
  'cancelled',
]);

/** A key result's pace: its progress at its latest check-in against the progress expected that day. */
const paceSchema = z.strictObject({
  /** `not-applicable` for held lines and binary results, `not-measured` before a check-in or without a target. */
  state: z.enum(['ahead', 'on-pace', 'behind', 'not-measured', 'not-applicable']),
  /** Progress expected on `asOf`, 0–1: the milestones' line when written, else a straight line over the cycle. */
  expected: z.number().min(0).max(1),
  /** The day compared: the latest check-in's, or the build's today before any. */
  asOf: z.string(),
});

/** Progress from baseline to target, 0–1; null when it cannot be computed (no target, no measure). */
const progressSchema = z.number().min(0).max(1).nullable();

/**
 * One published document: its frontmatter as validated (defaults filled in; a reference to a
 * document that is not published reads `not-published`), its page and its body's words.
 */
function documentEntry<T extends z.ZodType>(data: T) {
  return z.strictObject({
    /** Stable id, as references write it. */
    id: z.string(),
    /** Its page on the site (absolute when the site's address is configured). */
    url: z.string(),
    /** The body's words as the search index has them: links keep their text, never their targets. */
    text: z.string(),
    /** The frontmatter, in the shape of the kind's own schema. */
    data,
  });
}

/** What the site computes for one key result. */
const computedKeyResultSchema = z.strictObject({
  /** `<objective id>/<key result id>`. */
  ref: z.string(),
  url: z.string(),
  status: healthSchema,
  progress: progressSchema,
  /** The latest check-in's value (the baseline before the first); null when neither exists. */
  current: z.number().nullable(),
  pace: paceSchema,
});

/**
 * The whole published graph as open data, at `/data/graph.json`: every priority, team, person,
 * brief, objective and decision the site shows, with computed status and progress. Drafts and
 * restricted documents are never in it.
 */
export const graphExportSchema = z.strictObject({
  /** Where this schema is published beside the export. */
  $schema: z.string(),
  format: z.literal('throughline-graph'),
  version: z.literal(graphExportVersion),
  organisation: z.string(),
  /** The day the data describes (the build's today). */
  today: z.string(),
  currentCycle: z.string(),
  cycles: z.array(
    z.strictObject({
      id: z.string(),
      start: z.string(),
      end: z.string(),
      state: z.enum(['closed', 'current', 'upcoming']),
    }),
  ),
  priorities: z.array(documentEntry(prioritySchema)),
  teams: z.array(documentEntry(teamSchema)),
  people: z.array(documentEntry(personSchema)),
  briefs: z.array(documentEntry(briefSchema)),
  objectives: z.array(
    documentEntry(objectiveSchema).extend({
      status: healthSchema,
      progress: progressSchema,
      keyResults: z.array(computedKeyResultSchema),
    }),
  ),
  decisions: z.array(documentEntry(decisionSchema)),
});

export type GraphExport = z.output<typeof graphExportSchema>;

/** The export's JSON Schema (draft 2020-12), published at `/data/graph.schema.json`. */
export function graphExportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(graphExportSchema, { io: 'output', unrepresentable: 'any' }),
    title: 'Throughline graph export',
  };
}
