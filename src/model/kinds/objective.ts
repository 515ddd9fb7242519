import { labelCycle } from '../cycles.ts';
import { teamName } from '../withheld.ts';
import { objectiveSchema } from '../../schemas/objective.ts';
import { objectiveStatus, statusText } from '../status.ts';
import { defineKind } from './define.ts';

/** An objective with its key results and initiatives: `okrs/<cycle>/<team>/<slug>.md`, page `objectives/<id>/`. */
export const objective = defineKind({
  kind: 'objective',
  folder: 'okrs',
  schema: objectiveSchema,
  label: { singular: 'objective', plural: 'objectives' },
  route: 'objectives',
  items: [
    {
      kind: 'key-result',
      field: 'keyResults',
      anchor: 'kr-',
      label: { singular: 'key result', plural: 'key results' },
    },
    {
      kind: 'initiative',
      field: 'initiatives',
      anchor: 'initiative-',
      label: { singular: 'initiative', plural: 'initiatives' },
    },
  ],
  cycleFields: ['cycle'],
  briefRefs: ['alignsTo[]', 'dependsOn[].ref'],
  // `alignsTo` is checked by the alignment rules, which also know which levels it may cross.
  references: [
    { path: 'owner', to: ['person'], noun: 'owner' },
    { path: 'team', to: ['team'], noun: 'team' },
    { path: 'keyResults[].owner', to: ['person'], noun: 'owner' },
    { path: 'initiatives[].owner', to: ['person'], noun: 'owner' },
    { path: 'initiatives[].keyResults[]', to: ['key-result'], noun: 'key result', within: true },
    { path: 'dependsOn[].ref', to: ['objective', 'key-result'], noun: 'dependency' },
  ],
  search(document, { graph, body, name }) {
    const { data } = document;
    // A team that is not published gives no word and no filter value.
    const team = teamName(graph, data.team);
    const { status, progress } = objectiveStatus(graph, document);
    // Team and owner are searched as the record's metadata, not repeated in its text: a
    // query for a team finds the team first, not every objective that names it.
    return {
      title: data.title,
      parts: [
        data.retrospective,
        body,
        ...(graph.keyResultsOf.get(document.id) ?? []).map((kr) => kr.data.title),
        ...data.initiatives.map((initiative) => initiative.title),
        ...data.dependsOn.map((dependency) => dependency.why),
      ],
      filters: { cycle: labelCycle(graph, data.cycle), team, status: statusText[status].word, owner: name(data.owner) },
      meta: { progress: progress === undefined ? undefined : `${Math.round(progress * 100)} %` },
    };
  },
});
