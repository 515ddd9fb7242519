import { z } from 'zod';
import { idSchema, personRefSchema } from './common.ts';
import { checkInSchema } from './check-in.ts';

/** How a key result is measured. */
export const keyResultTypes = ['metric', 'percentage', 'currency', 'binary'] as const;
/** Which way the measure should move, or which line it should hold. */
export const directions = ['increase', 'decrease', 'stay-above', 'stay-below'] as const;

/** A measurable outcome inside an objective. */
export const keyResultSchema = z.strictObject({
  /** Id inside the objective; referenced as `<objective id>/<id>`. */
  id: idSchema,
  /** The outcome, written as a change: "Cut p95 route time from 9 s to 4 s". */
  title: z.string().min(1),
  /** How it is measured. */
  type: z.enum(keyResultTypes).default('metric'),
  /** Unit of baseline, target and check-ins (`%`, `EUR`, `tickets`…). */
  unit: z.string().min(1).optional(),
  /** Value at the start of the cycle (binary results start at 0). */
  baseline: z.number().optional(),
  /** Value that counts as done. */
  target: z.number().optional(),
  /** Which way the value should move, or the line it should hold. */
  direction: z.enum(directions).default('increase'),
  /** The level the owner commits to, short of the target. */
  commit: z.number().optional(),
  /** An ambitious level beyond the target. */
  stretch: z.number().optional(),
  /** Owner when not the objective's owner. */
  owner: personRefSchema.optional(),
  /** Dated measurements, oldest first. */
  checkIns: z.array(checkInSchema).default([]),
});

export type KeyResultData = z.output<typeof keyResultSchema>;
export type KeyResultType = (typeof keyResultTypes)[number];
export type Direction = (typeof directions)[number];
