import type { Finding } from '../../diagnostics.ts';
import { didYouMean } from '../../suggest.ts';
import { defineRule } from '../rule.ts';

/** The finding for a rule id in `throughline.yaml` that no rule has, with the closest of the `known` ids. */
export function unknownRuleFinding(file: string, rule: string, known: readonly string[]): Finding {
  return {
    file,
    place: { path: ['rules', rule], part: 'key' },
    rule: 'config/unknown-rule',
    message: `Unknown rule "${rule}"${didYouMean(rule, known)}`,
    hint: 'Rule ids are listed in docs/rules.md and by `npm run check -- --list-rules`.',
  };
}

export default defineRule({
  id: 'config/unknown-rule',
  severity: 'error',
  summary: 'Rules re-graded in throughline.yaml exist.',
  description:
    'A team that turns a warning off with a misspelt id (`kr/activty: off`) believes it is off while it keeps firing, or believes a rule is an error while nothing enforces it. An unknown id stops the run, with the closest real id.',
  example: {
    file: 'throughline.yaml',
    text: `organisation: Kestrel Logistics
rules:
  kr/activty: off
`,
  },
  fix: 'Use an id from `npm run check -- --list-rules` (or docs/rules.md).',
});
