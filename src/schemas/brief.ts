import { z } from 'zod';
import { cycleIdSchema, idSchema, personRefSchema, publicationFields } from './common.ts';

/** Keywords one not-now item may list: a few words people would write about the work. */
export const maxKeywordsPerItem = 50;
/** Keywords a brief may list across its not-now items: every active objective of the cycle is read for them. */
export const maxKeywordsPerBrief = 500;

/** A strategic theme of one cycle. */
export const themeSchema = z.strictObject({
  /** Id inside the brief; referenced as `<cycle>/<id>`. */
  id: idSchema,
  /** The theme in a few words. */
  title: z.string().min(1),
  /** The strategic priority this theme serves. */
  priority: idSchema,
  /** What success looks like by the end of the cycle. */
  success: z.string().min(1),
});

/** Something deliberately deprioritised this cycle. */
export const notNowSchema = z.strictObject({
  /** Id inside the brief; referenced as `<cycle>/<id>`. */
  id: idSchema,
  /** What is not being done. */
  title: z.string().min(1),
  /** Why it waits. */
  why: z.string().min(1),
  /** Words that, in an active objective, suggest work on this item; default: the title. At most 50. */
  keywords: z.array(z.string().min(1)).max(maxKeywordsPerItem).optional(),
});

/** A risk or constraint the cycle is planned around. */
export const riskSchema = z.strictObject({
  /** The risk in one sentence. */
  title: z.string().min(1),
  /** What is done about it. */
  mitigation: z.string().min(1).optional(),
});

/** The strategic brief of one cycle: `content/briefs/<cycle>.md`. */
export const briefSchema = z
  .strictObject({
    /** The cycle this brief frames; also the brief's id. */
    cycle: cycleIdSchema,
    /** The brief's headline. */
    title: z.string().min(1),
    /** Who wrote and owns the brief. */
    owner: personRefSchema.optional(),
    /** Two or three themes the cycle's objectives contribute to. */
    themes: z.array(themeSchema).min(1),
    /** What is deliberately not done now, and why. */
    notNow: z.array(notNowSchema).default([]),
    /** Trade-offs accepted for this cycle. */
    tradeOffs: z.array(z.string().min(1)).default([]),
    /** Enterprise risks and constraints. */
    risks: z.array(riskSchema).default([]),
    ...publicationFields,
  })
  .superRefine((brief, context) => {
    const keywords = brief.notNow.reduce((sum, item) => sum + (item.keywords?.length ?? 1), 0);
    if (keywords > maxKeywordsPerBrief)
      context.addIssue({
        code: 'custom',
        path: ['notNow'],
        message: `at most ${maxKeywordsPerBrief} keywords across its items (titles count for items without keywords)`,
        input: keywords,
      });
  });

export type BriefData = z.output<typeof briefSchema>;
export type ThemeData = z.output<typeof themeSchema>;
export type NotNowData = z.output<typeof notNowSchema>;
