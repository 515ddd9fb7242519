import { z } from 'zod';
import { idSchema, personRefSchema, refSchema } from './common.ts';

/** Where a piece of work stands. */
export const initiativeStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;

/** Work meant to move one or more key results. */
export const initiativeSchema = z.strictObject({
  /** Id inside the objective. */
  id: idSchema,
  /** What is being done. */
  title: z.string().min(1),
  /** The person driving it. */
  owner: personRefSchema.optional(),
  /** Where it stands. */
  status: z.enum(initiativeStatuses).default('planned'),
  /** Key results it should move: short ids of this objective's results, or full references. */
  keyResults: z.array(refSchema).default([]),
  /** Link to the issue tracker. */
  link: z.url({ protocol: /^https?$/ }).optional(),
});

export type InitiativeData = z.output<typeof initiativeSchema>;
