import { z } from 'zod';
import { cycleIdSchema, idSchema, personRefSchema, publicationFields, refSchema } from './common.ts';
import { keyResultSchema } from './key-result.ts';
import { initiativeSchema } from './initiative.ts';

/** Lifecycle of an objective; how it is going is computed from check-ins. */
export const objectiveStatuses = ['active', 'done', 'cancelled'] as const;

/** A dependency on another team's objective or key result. */
export const dependencySchema = z.strictObject({
  /** The objective or key result depended on. */
  ref: refSchema,
  /** What is needed from it. */
  why: z.string().min(1).optional(),
});

/** One objective with its key results: `content/okrs/<cycle>/<team>/<slug>.md`. */
export const objectiveSchema = z.strictObject({
  /** Stable id, unique across the content. */
  id: idSchema,
  /** The qualitative goal. */
  title: z.string().min(1),
  /** The cycle it belongs to. */
  cycle: cycleIdSchema,
  /** The team that owns it. */
  team: idSchema,
  /** Exactly one accountable person. */
  owner: personRefSchema,
  /** Lifecycle. */
  status: z.enum(objectiveStatuses).default('active'),
  /** Themes (company level) or ancestor teams' objectives and key results it contributes to. */
  alignsTo: z.array(refSchema).default([]),
  /** The measurable outcomes. */
  keyResults: z.array(keyResultSchema).default([]),
  /** Work planned to move the key results. */
  initiatives: z.array(initiativeSchema).default([]),
  /** Other teams' objectives or key results this one needs. */
  dependsOn: z.array(dependencySchema).default([]),
  /** End-of-cycle score from 0.0 to 1.0. */
  grade: z.number().min(0).max(1).optional(),
  /** What the team learned, written when the cycle closes. */
  retrospective: z.string().min(1).optional(),
  ...publicationFields,
});

export type ObjectiveData = z.output<typeof objectiveSchema>;
export type DependencyData = z.output<typeof dependencySchema>;
