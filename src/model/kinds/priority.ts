import { prioritySchema } from '../../schemas/priority.ts';
import { capitalised, defineKind } from './define.ts';

/** A strategic priority: `strategy/<id>.md`, page `strategy/<id>/`. */
export const priority = defineKind({
  kind: 'priority',
  folder: 'strategy',
  schema: prioritySchema,
  label: { singular: 'priority', plural: 'priorities' },
  route: 'strategy',
  references: [{ path: 'owner', to: ['person'], noun: 'owner' }],
  search: ({ data }, { body, name }) => ({
    title: data.title,
    parts: [body],
    filters: { owner: name(data.owner) },
    meta: { state: capitalised(data.status) },
  }),
});
