import { cycleFitsUnder } from '../cycles.ts';
import { isCompanyLevel, teamAncestors } from '../graph.ts';
import { lineOfSight } from '../line-of-sight.ts';
import { documentOf, refOf, type GraphNode, type Objective } from '../types.ts';
import type { Rule, RuleContext } from './context.ts';
import { checkReference } from './references.ts';

/**
 * align/level, align/cycle-mismatch, align/missing-theme (and references of `alignsTo`):
 * company objectives align to themes of their cycle; other objectives to objectives or key
 * results of an ancestor team in the same cycle (or the year of their quarter).
 */
export const alignmentTargets: Rule = (context) => {
  const { graph, report } = context;
  const teamById = (id: string) => graph.teamById.get(id);
  for (const objective of graph.objectives) {
    const companyLevel = isCompanyLevel(graph, objective);
    const ancestors = new Set(teamAncestors(graph, objective.data.team).map((t) => t.id));
    let themes = 0;
    objective.data.alignsTo.forEach((ref, i) => {
      const path = ['alignsTo', i];
      const parent = checkReference(
        context,
        objective,
        path,
        ref,
        ['objective', 'key-result', 'theme'],
        'parent',
        undefined,
      );
      if (!parent) return;
      const cycle = parentCycle(parent);
      if (parent.kind === 'theme') {
        themes++;
        if (!companyLevel) {
          report(
            objective,
            path,
            'align/level',
            `Only company-level objectives align to themes; "${objective.id}" belongs to team "${objective.data.team}"`,
            'Align to an objective or key result of an ancestor team instead.',
            [graph.teamById.get(objective.data.team)],
          );
          return;
        }
      } else {
        const parentObjective = parent.kind === 'key-result' ? parent.objective : (parent as Objective);
        if (parentObjective === objective) {
          report(
            objective,
            path,
            'align/loop',
            `"${objective.id}" aligns to itself`,
            'Align to an objective or key result of an ancestor team.',
          );
          return;
        }
        if (!ancestors.has(parentObjective.data.team)) {
          const relation = companyLevel
            ? 'is company-level, so it aligns to a theme, not to'
            : `(team "${objective.data.team}") can only align to objectives of its ancestor teams, not to`;
          report(
            objective,
            path,
            'align/level',
            `"${objective.id}" ${relation} "${ref}" of team "${parentObjective.data.team}"`,
            companyLevel
              ? 'Align company objectives to a theme of the brief: <cycle>/<theme>.'
              : `Ancestor teams: ${[...ancestors].join(', ') || 'none'}.`,
            [parentObjective, ...[objective.data.team, parentObjective.data.team, ...ancestors].map(teamById)],
          );
          return;
        }
      }
      if (cycle && !cycleFitsUnder(objective.data.cycle, cycle)) {
        report(
          objective,
          path,
          'align/cycle-mismatch',
          `"${objective.id}" (${objective.data.cycle}) aligns to "${ref}" of ${cycle}`,
          `Align to something in ${objective.data.cycle}${objective.data.cycle.length > 4 ? ` or its year ${objective.data.cycle.slice(0, 4)}` : ''}.`,
          [documentOf(parent)],
        );
      }
    });
    if (companyLevel && themes === 0 && objective.data.status !== 'cancelled') {
      report(
        objective,
        objective.data.alignsTo.length ? ['alignsTo'] : { path: ['id'], part: 'key' },
        'align/missing-theme',
        `Company-level objective "${objective.id}" aligns to no theme`,
        `Add a theme of the ${objective.data.cycle} brief to alignsTo, e.g. ${objective.data.cycle}/<theme id>.`,
      );
    }
  }
};

function parentCycle(node: GraphNode): string | undefined {
  if (node.kind === 'theme') return node.brief.id;
  if (node.kind === 'key-result') return node.objective.data.cycle;
  if (node.kind === 'objective') return node.data.cycle;
  return undefined;
}

/** align/loop: alignment between objectives never comes back to where it started; the whole loop is printed. */
export const alignmentLoops: Rule = ({ graph, report }) => {
  const state = new Map<string, 'open' | 'done'>();
  const parentsOf = (objective: Objective): Objective[] =>
    objective.data.alignsTo
      .map((ref) => graph.nodes.get(ref))
      .map((node) => (node?.kind === 'key-result' ? node.objective : node?.kind === 'objective' ? node : undefined))
      .filter((o): o is Objective => !!o && o !== objective);
  const stack: Objective[] = [];
  const visit = (objective: Objective) => {
    state.set(objective.id, 'open');
    stack.push(objective);
    for (const parent of parentsOf(objective)) {
      const seen = state.get(parent.id);
      if (seen === 'open') {
        const loop = stack.slice(stack.indexOf(parent));
        const index = objective.data.alignsTo.findIndex((ref) => ref === parent.id || ref.startsWith(`${parent.id}/`));
        report(
          objective,
          ['alignsTo', index],
          'align/loop',
          `Alignment loop: ${[...loop, parent].map((o) => o.id).join(' → ')}`,
          'Alignment must go up the levels; remove one of these links.',
          loop,
        );
      } else if (!seen) {
        visit(parent);
      }
    }
    stack.pop();
    state.set(objective.id, 'done');
  };
  for (const objective of graph.objectives) if (!state.has(objective.id)) visit(objective);
};

/** align/no-line-of-sight and theme/no-contributors: every goal traces to the strategy, and every theme has goals. */
export const lineOfSightRules: Rule = (context: RuleContext) => {
  const { graph, report } = context;
  for (const objective of graph.objectives) {
    if (objective.data.status === 'cancelled' || isCompanyLevel(graph, objective)) continue;
    const sight = lineOfSight(graph, objective);
    if (sight.traced) continue;
    const top = sight.chain[0]!;
    const where =
      objective.data.alignsTo.length === 0
        ? 'it aligns to nothing'
        : sight.chain.length === 1
          ? 'none of its parents resolves'
          : top === objective
            ? 'its alignment loops back to itself'
            : `the chain stops at "${refOf(top)}"`;
    report(
      objective,
      objective.data.alignsTo.length ? ['alignsTo'] : { path: ['id'], part: 'key' },
      'align/no-line-of-sight',
      `"${objective.id}" has no line of sight to the strategy: ${where}`,
      'Align it to an objective or key result of an ancestor team that traces to a theme.',
      [documentOf(top)],
    );
  }
  for (const theme of graph.themes) {
    const contributors = (graph.aligned.get(theme.ref) ?? []).filter((a) => a.child.data.status !== 'cancelled');
    if (contributors.length === 0) {
      report(
        theme.brief,
        ['themes', theme.index, 'id'],
        'theme/no-contributors',
        `No objective contributes to theme "${theme.ref}"`,
        'Align a company objective to it, or drop the theme from the brief.',
      );
    }
  }
};
