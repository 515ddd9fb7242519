import { z } from 'zod';
import { idSchema, publicationFields } from './common.ts';

/** An entry of the optional people registry: `content/people/<id>.md`. */
export const personSchema = z.strictObject({
  /** Stable id used as owner, lead or decider. */
  id: idSchema,
  /** Full name as shown on the site. */
  name: z.string().min(1),
  /** Job title. */
  role: z.string().min(1).optional(),
  /** The team the person belongs to. */
  team: idSchema.optional(),
  /** Contact address shown on the person's page. */
  email: z.string().email().optional(),
  ...publicationFields,
});

export type PersonData = z.output<typeof personSchema>;
