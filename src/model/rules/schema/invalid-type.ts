import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';
import { article, describe, fieldName } from '../schema-wording.ts';

type Path = readonly (string | number)[];

/** The finding for a number written as a percentage (`"50%"`); `number` is the digits without the sign. */
export function percentFinding(file: string, path: Path, text: string, number: string): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-type',
    message: `${fieldName(path)} must be a number, not "${text}"`,
    hint: `Write ${number.replace(',', '.')} and put "%" in the key result's \`unit\` (type: percentage).`,
  };
}

/** The finding for a value where a number (or true/false for a binary key result) belongs. */
export function numberOrBinaryFinding(file: string, path: Path, input: unknown): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-type',
    message: `${fieldName(path)} must be a number (or true/false for a binary result), received ${describe(input)}`,
    hint: 'Write the measured value as a plain number.',
  };
}

/** The finding for a value of another type than the schema's `expected` one. */
export function wrongTypeFinding(file: string, path: Path, expected: string | undefined, input: unknown): Finding {
  return {
    file,
    place: { path, part: 'value' },
    rule: 'schema/invalid-type',
    message: `${fieldName(path)} must be ${article(expected ?? 'another type')}, received ${describe(input)}`,
    hint: typeHint(expected, input),
  };
}

function typeHint(expected: string | undefined, input: unknown): string {
  if (input === null) return 'Write the value after the colon, or remove the line if the field is optional.';
  if (expected === 'string' && typeof input === 'object') return 'Quote the text, or remove the nested fields.';
  if (expected === 'array') return 'Write a list: one `- item` per line, or [a, b].';
  if (expected === 'string' && typeof input === 'number') return 'Quote the value if it is meant as text.';
  if (expected === 'number') {
    const grouped = typeof input === 'string' ? /^\s*[-+]?\d{1,3}(?:[,'’ _]\d{3})+(?:\.\d+)?\s*$/.exec(input) : null;
    if (grouped) return `Write numbers without thousands separators: ${grouped[0].trim().replace(/[^\d.+-]/g, '')}.`;
    return 'Write a plain number, e.g. 42 or 0.5, without units or words.';
  }
  if (expected === 'boolean') return 'Write true or false.';
  if (expected === 'object') return 'Write the fields of this mapping on indented lines below its key.';
  return 'Write a value of the type this field takes (see the schema in docs/).';
}

export default defineRule({
  id: 'schema/invalid-type',
  severity: 'error',
  summary: 'Fields have the right type (numbers are plain numbers, lists are lists).',
  description:
    'Progress is computed from baselines, targets and check-in values, so they must be numbers: "20%" is text, and a key result written that way would show no progress at all. The same goes for lists written as a single value (`deciders: jon-park`) and yes/no fields written as words.',
  example: {
    file: 'okrs/2026-Q4/sales/win-rate.md',
    text: `---
id: sales-q4-win-rate
title: Win more of the deals we qualify
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
keyResults:
  - id: win-rate
    title: Raise the enterprise win rate from 20% to 50%
    type: percentage
    baseline: 20%
    target: 50
---
`,
  },
});
