import { decisionSchema } from '../../schemas/decision.ts';
import { defineKind } from './define.ts';

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
  search: ({ data }, { body, name }) => ({
    title: data.title,
    parts: [data.deciders.flatMap((id) => name(id) ?? []).join(', '), body],
    filters: { status: data.status },
  }),
});
