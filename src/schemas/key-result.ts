import { z } from 'zod';
import { idSchema, personRefSchema } from './common.ts';
import { checkInSchema } from './check-in.ts';
import { milestoneSchema } from './milestone.ts';

/** How a key result is measured. */
export const keyResultTypes = ['metric', 'percentage', 'currency', 'binary'] as const;
/**
 * Which way the measure should move, or which line it should hold: `stay-above`/`stay-below`
 * include the line ("at least 95 %"), `above`/`below` do not ("under 1 day").
 */
export const directions = ['increase', 'decrease', 'stay-above', 'stay-below', 'above', 'below'] as const;
/** Where progress counts from when no baseline is written. */
export const progressStarts = ['zero', 'first-check-in'] as const;

const percentScore = /^(\d{1,3}(?:\.\d+)?)\s?%$/;

/** Whether a score is 0.0–1.0, or a percentage from 0 % to 100 % written with `%`. */
export function isScore(score: number | string): boolean {
  if (typeof score === 'number') return score >= 0 && score <= 1;
  const match = percentScore.exec(score.trim());
  return match !== null && Number(match[1]) <= 100;
}

/** A score as a share, 0–1, whichever way it was written. */
export function scoreShare(score: number | string): number {
  return typeof score === 'number' ? score : Number(percentScore.exec(score.trim())?.[1] ?? 0) / 100;
}

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
  /**
   * Without a baseline, where progress counts from: `zero` ("Certify 25 people"), or the
   * `first-check-in`'s value ("Exceed 50 % adoption" when today's adoption is unknown). Default:
   * `zero` for a result that should increase, `first-check-in` for one that should decrease.
   */
  progressFrom: z.enum(progressStarts).optional(),
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
  /** Dated levels due on the way to the target, inside the cycle, oldest first. */
  milestones: z.array(milestoneSchema).default([]),
  /** Dated measurements, oldest first. */
  checkIns: z.array(checkInSchema).default([]),
  /** Score given at the close: 0.0–1.0 (`0.7`) or a percentage (`70%`); shown as written. */
  score: z
    .union([z.number(), z.string().regex(percentScore, 'a percentage such as "70%"')])
    .refine(isScore, 'a score from 0.0 to 1.0, or a percentage such as "70%"')
    .optional(),
});

export type KeyResultData = z.output<typeof keyResultSchema>;
export type KeyResultType = (typeof keyResultTypes)[number];
export type Direction = (typeof directions)[number];
export type ProgressStart = (typeof progressStarts)[number];
