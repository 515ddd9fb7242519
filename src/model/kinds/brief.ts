import { labelCycle } from '../cycles.ts';
import { briefSchema } from '../../schemas/brief.ts';
import { defineKind } from './define.ts';

/** The strategic brief of one cycle, whose id is its cycle: `briefs/<cycle>.md`, page `cycles/<cycle>/`. */
export const brief = defineKind({
  kind: 'brief',
  folder: 'briefs',
  schema: briefSchema,
  idField: 'cycle',
  cycleFields: ['cycle'],
  label: { singular: 'brief', plural: 'briefs' },
  route: 'cycles',
  items: [
    { kind: 'theme', field: 'themes', anchor: 'theme-', label: { singular: 'theme', plural: 'themes' } },
    {
      kind: 'not-now',
      field: 'notNow',
      anchor: 'not-now-',
      label: { singular: 'not-now item', plural: 'not-now items' },
    },
  ],
  references: [
    { path: 'owner', to: ['person'], noun: 'owner' },
    { path: 'themes[].priority', to: ['priority'], noun: 'priority' },
  ],
  search(document, { graph, body, name }) {
    const { data } = document;
    return {
      title: data.title,
      parts: [
        body,
        ...data.themes.map((theme) => `${theme.title}. ${theme.success}`),
        ...data.notNow.map((item) => `${item.title}. ${item.why}`),
        ...data.tradeOffs,
        ...data.risks.map((risk) => [risk.title, risk.mitigation].filter(Boolean).join('. ')),
      ],
      filters: { cycle: labelCycle(graph, document.id), owner: name(data.owner) },
    };
  },
});
