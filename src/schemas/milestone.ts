import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** A dated level a key result should reach on the way to its target ("50 % by week 4"). */
export const milestoneSchema = z.strictObject({
  /** The day the level should be reached, inside the objective's cycle. */
  date: isoDateSchema,
  /** The level due on that day, in the key result's unit. */
  value: z.number(),
});

export type MilestoneData = z.output<typeof milestoneSchema>;
