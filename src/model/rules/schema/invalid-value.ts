import { calendarSlip } from '../../../schemas/common.ts';
import type { Finding } from '../../diagnostics.ts';
import { didYouMean } from '../../suggest.ts';
import { defineRule } from '../rule.ts';
import { describe, fieldName } from '../schema-wording.ts';

type Path = readonly (string | number)[];

/** The finding for a value outside a field's list of `values`, with the closest one when the input is text. */
export function notOneOfFinding(file: string, path: Path, values: readonly string[], input: unknown): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-value',
    message: `${fieldName(path)} must be one of ${values.map((v) => `"${v}"`).join(', ')}, received ${describe(input)}${typeof input === 'string' ? didYouMean(input, values) : ''}`,
    hint: `Use one of: ${values.join(', ')}.`,
  };
}

/** The finding for a value out of range; `what` says the bound ("at most 12", "at least 1 item", "a non-empty text"). */
export function outOfRangeFinding(file: string, path: Path, what: string, input: unknown): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-value',
    message: `${fieldName(path)} must be ${what}, received ${describe(input)}`,
    hint: rangeHint(what, path.at(-1)),
  };
}

/** The finding for a value of the wrong form; `expectation` is the schema's own wording ("an ISO date (YYYY-MM-DD)"). */
export function badFormatFinding(file: string, path: Path, expectation: string, input: unknown): Finding {
  const slip = /ISO date/.test(expectation) ? calendarSlip(input) : undefined;
  if (slip)
    return {
      file,
      place: { path, part: 'value' },
      rule: 'schema/invalid-value',
      message: `${fieldName(path)} ${String(input)} is not a day of the calendar (${slip})`,
      hint: 'Check the day and the month; dates are written YYYY-MM-DD.',
    };
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-value',
    message: `${fieldName(path)} must be ${expectation.replace(/^Invalid /, 'a valid ')}, received ${describe(input)}`,
    hint: formatHint(expectation),
  };
}

function rangeHint(what: string, field: string | number | undefined): string {
  if (what === 'a non-empty text') return 'Write the text, or remove the field if it is optional.';
  if (/^at most \d+ items?$/.test(what)) return `Keep ${what.slice('at most '.length)} and move the rest elsewhere.`;
  if (/^at least \d+ items?$/.test(what)) return `List ${what}.`;
  const scale = field === 'grade' || field === 'score' ? ': grades run from 0 to 1 (0.7, not 70)' : '';
  return `Write a value that is ${what}${scale}.`;
}

function formatHint(expectation: string): string {
  if (/ISO date/.test(expectation)) return 'Write dates as YYYY-MM-DD, e.g. 2026-10-07.';
  if (/url/i.test(expectation)) return 'Use a full http(s) address.';
  if (/lowercase/.test(expectation))
    return 'Ids use lowercase letters, digits and hyphens, e.g. sales-q4-enterprise-pipeline.';
  return `Change the value to ${expectation.replace(/^Invalid /, 'a valid ')}.`;
}

export default defineRule({
  id: 'schema/invalid-value',
  severity: 'error',
  summary: 'Fields hold an allowed value (enums, id and date formats, ranges).',
  description:
    'Statuses, directions and confidences come from short lists so that filters, colours and roll-ups mean the same thing everywhere; ids keep one form so links never break on case; dates are ISO so "10/02/2026" is never read as February. A grade above 1 or a fiscal year starting in month 13 is a typo worth catching before the site shows it.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
status: actve
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
});
