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
  /**
   * Username on the git host (GitHub, GitLab…), without the `@`: `throughline codeowners`
   * names the person by it in CODEOWNERS.
   */
  handle: z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/, 'a username of letters, digits and hyphens, without the @')
    .optional(),
  ...publicationFields,
});

export type PersonData = z.output<typeof personSchema>;
