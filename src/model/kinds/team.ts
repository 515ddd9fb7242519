import { teamSchema } from '../../schemas/team.ts';
import { defineKind } from './define.ts';

/** A team of the organisation tree: `teams/<id>.md`, page `teams/<id>/`. */
export const team = defineKind({
  kind: 'team',
  folder: 'teams',
  schema: teamSchema,
  label: { singular: 'team', plural: 'teams' },
  route: 'teams',
  references: [
    { path: 'lead', to: ['person'], noun: 'lead' },
    { path: 'parent', to: ['team'], noun: 'parent team' },
  ],
  search: ({ data }, { graph, body, name }) => ({
    title: data.name,
    parts: [body],
    filters: { team: data.name },
    meta: { lead: name(data.lead), parent: data.parent ? graph.teamById.get(data.parent)?.data.name : undefined },
  }),
});
