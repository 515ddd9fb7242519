import { personSchema } from '../../schemas/person.ts';
import { defineKind } from './define.ts';

/** A person of the optional registry: `people/<id>.md`, page `people/<id>/`. */
export const person = defineKind({
  kind: 'person',
  folder: 'people',
  schema: personSchema,
  label: { singular: 'person', plural: 'people' },
  route: 'people',
  optional: true,
  references: [{ path: 'team', to: ['team'], noun: 'team' }],
  search: ({ data }, { graph, body }) => ({
    title: data.name,
    parts: [body],
    filters: { owner: data.name },
    meta: { role: data.role, team: data.team ? graph.teamById.get(data.team)?.data.name : undefined },
  }),
});
