import { z } from 'zod';
import { isIsoDate, monthLength } from './iso-date.ts';

export { isIsoDate };

/** Stable document id: lowercase letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lowercase letters, digits and single hyphens');

/**
 * The ways a cycle may be written: a fiscal year (`2026`, `FY26`, `FY2026`) or one of its
 * quarters (`2026-Q4`, `FY26-Q4`, `FY2026-Q4`, `FY26 Q4`). What the year means (the year the
 * fiscal year starts or ends in) is the configuration's to say, so the model resolves it.
 */
export const cycleSource = String.raw`(?:\d{4}|FY ?(?:\d{2}|\d{4}))(?:[- ]?Q[1-4])?`;

/** A planning cycle as written: a fiscal year (`2026`, `FY26`) or one of its quarters (`2026-Q4`, `FY26-Q4`). */
export const cycleIdSchema = z
  .string()
  .regex(new RegExp(`^${cycleSource}$`), 'a cycle such as 2026-Q4, FY26-Q4, 2026 or FY26');

/** A reference to a document (`id`) or to an item inside one (`id/item`); a brief's id is its cycle. */
export const refSchema = z
  .string()
  .regex(
    new RegExp(`^(?:[a-z0-9]+(?:-[a-z0-9]+)*|${cycleSource})(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?$`),
    'a reference such as an-objective-id or an-objective-id/a-key-result-id',
  );

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDateSchema = z.string().refine(isIsoDate, 'an ISO date (YYYY-MM-DD)');

/** A person's id; resolved against content/people/ when that folder exists. */
export const personRefSchema = idSchema;

/** Fields every document may carry to keep it off the published site. */
export const publicationFields = {
  /** A draft is checked but never published. */
  draft: z.boolean().default(false),
  /** `restricted` documents are checked but never published. */
  visibility: z.enum(['internal', 'restricted']).default('internal'),
};

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Why a value written as YYYY-MM-DD is not a day of the calendar ("February 2026 has 28 days"),
 * or undefined when it is one or is not written that way.
 */
export function calendarSlip(value: unknown): string | undefined {
  if (typeof value !== 'string' || isIsoDate(value)) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (Number(match[3]) === 0) return 'days start at 01';
  if (year < 100) return 'years start at 0100';
  return `${monthNames[month - 1]} ${year} has ${monthLength(year, month)} days`;
}
