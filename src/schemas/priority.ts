import { z } from 'zod';
import { idSchema, personRefSchema, publicationFields } from './common.ts';

/** A long-lived strategic choice: `content/strategy/<id>.md`. */
export const prioritySchema = z.strictObject({
  /** Stable id used by themes to point at this priority. */
  id: idSchema,
  /** Short name of the choice. */
  title: z.string().min(1),
  /** The one person accountable for it. */
  owner: personRefSchema,
  /** Retired priorities stay visible as history. */
  status: z.enum(['active', 'retired']),
  ...publicationFields,
});

export type PriorityData = z.output<typeof prioritySchema>;
