import { decisionSchema } from '../../schemas/decision.ts';
import { capitalised, defineKind } from './define.ts';

/** A decision of the log: `decisions/<id>.md`, page `decisions/<id>/`. */
export const decision = defineKind({
  kind: 'decision',
  folder: 'decisions',
  schema: decisionSchema,
  label: { singular: 'decision', plural: 'decisions' },
  route: 'decisions',
  briefRefs: ['affects[]'],
  references: [
    { path: 'deciders[]', to: ['person'], noun: 'decider' },
    { path: 'affects[]', to: ['objective', 'key-result', 'theme', 'priority', 'brief'], noun: 'affected item' },
    { path: 'supersedes[]', to: ['decision'], noun: 'superseded decision' },
  ],
  // Its status is a filter of its own: a decision is accepted or superseded, never "at risk".
  search: ({ data }, { body, name }) => ({
    title: data.title,
    parts: [body],
    filters: { decision: capitalised(data.status) },
    meta: { deciders: data.deciders.flatMap((id) => name(id) ?? []).join(', '), date: data.date },
  }),
});
