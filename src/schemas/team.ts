import { z } from 'zod';
import { idSchema, personRefSchema, publicationFields } from './common.ts';

/** A node of the org tree: `content/teams/<id>.md`; the body is the team's mission. */
export const teamSchema = z.strictObject({
  /** Stable id used by objectives and child teams. */
  id: idSchema,
  /** Display name. */
  name: z.string().min(1),
  /** The parent team; omitted only on the root, which is the company. */
  parent: idSchema.optional(),
  /** The person who leads the team. */
  lead: personRefSchema,
  ...publicationFields,
});

export type TeamData = z.output<typeof teamSchema>;
