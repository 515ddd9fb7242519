import { z } from 'zod';
import { isoDateSchema } from './common.ts';

/** How the owner rates the chance of reaching the target. */
export const confidenceLevels = ['high', 'medium', 'low'] as const;

/** One dated measurement of a key result, appended over the cycle. */
export const checkInSchema = z.strictObject({
  /** The day the value was measured. */
  date: isoDateSchema,
  /** The measured value, in the key result's unit (`true`/`false` for binary results). */
  value: z.union([z.number(), z.boolean()]),
  /** The owner's confidence of reaching the target. */
  confidence: z.enum(confidenceLevels).optional(),
  /** What changed since the last check-in. */
  note: z.string().optional(),
});

export type CheckInData = z.output<typeof checkInSchema>;
export type Confidence = (typeof confidenceLevels)[number];
