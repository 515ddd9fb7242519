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
    parts: [data.role, data.team ? graph.teamById.get(data.team)?.data.name : undefined, body],
    filters: { owner: data.name },
  }),
});
