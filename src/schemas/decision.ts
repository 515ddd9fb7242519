import { z } from 'zod';
import { idSchema, isoDateSchema, personRefSchema, publicationFields, refSchema } from './common.ts';

/** Lifecycle of a decision record. */
export const decisionStatuses = ['proposed', 'accepted', 'rejected', 'superseded', 'deprecated'] as const;

/** A logged decision, ADR style: `content/decisions/<id>.md`; the body holds context, options, decision, consequences. */
export const decisionSchema = z.strictObject({
  /** Stable id. */
  id: idSchema,
  /** The decision in one line. */
  title: z.string().min(1),
  /** When it was proposed or taken. */
  date: isoDateSchema,
  /** Where it stands. */
  status: z.enum(decisionStatuses),
  /** The people who took it. */
  deciders: z.array(personRefSchema).min(1),
  /** Objectives, key results, themes, priorities or briefs it changes. */
  affects: z.array(refSchema).default([]),
  /** Earlier decisions this one replaces. */
  supersedes: z.array(idSchema).default([]),
  ...publicationFields,
});

export type DecisionData = z.output<typeof decisionSchema>;
