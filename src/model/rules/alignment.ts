import { cycleFitsUnder } from '../cycles.ts';
import { isCompanyLevel } from '../graph.ts';
import { lineOfSight } from '../line-of-sight.ts';
import { ancestorNames, teamForest } from '../team-ancestry.ts';
import { refOf, type GraphNode, type Objective } from '../types.ts';
import type { Rule, RuleContext } from './context.ts';
import { checkReference } from './references.ts';
import { forEachLoop, loopText } from '../walks.ts';

/**
 * align/level, align/cycle-mismatch, align/missing-theme (and references of `alignsTo`):
 * company objectives align to themes of their cycle; other objectives to objectives or key
 * results of an ancestor team in the same cycle (or the year of their quarter).
 */
export const alignmentTargets: Rule = (context) => {
  const { graph, report } = context;
  const teams = teamForest(graph);
  for (const objective of graph.objectives) {
    const companyLevel = isCompanyLevel(graph, objective);
    let themes = 0;
    // A repeated entry is reported once, as align/duplicate, and otherwise ignored.
    const seen = new Set<string>();
    objective.data.alignsTo.forEach((ref, i) => {
      if (seen.has(ref)) return;
      seen.add(ref);
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
        if (!teams.isAncestor(parentObjective.data.team, objective.data.team)) {
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
              : `Ancestor teams: ${ancestorNames(graph, objective.data.team)}.`,
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

/** align/loop: alignment between objectives never comes back to where it started; the loop is printed (a long one shortened). */
export const alignmentLoops: Rule = ({ graph, report }) => {
  const parentsOf = (objective: Objective): Objective[] =>
    [...new Set(objective.data.alignsTo)]
      .map((ref) => graph.nodes.get(ref))
      .map((node) => (node?.kind === 'key-result' ? node.objective : node?.kind === 'objective' ? node : undefined))
      .filter((o): o is Objective => !!o && o !== objective);
  /** Per objective with a loop: the first `alignsTo` entry naming each parent (itself or one of its key results). */
  const entries = new Map<Objective, Map<string, number>>();
  const entryOf = (objective: Objective, parent: Objective) => {
    let first = entries.get(objective);
    if (!first) {
      first = new Map();
      for (const [i, ref] of objective.data.alignsTo.entries()) {
        const id = ref.includes('/') ? ref.slice(0, ref.indexOf('/')) : ref;
        if (!first.has(id)) first.set(id, i);
      }
      entries.set(objective, first);
    }
    return first.get(parent.id) ?? -1;
  };
  forEachLoop(
    graph.objectives,
    parentsOf,
    (objective) => objective.id,
    (objective, parent, path, start) => {
      const index = entryOf(objective, parent);
      report(
        objective,
        ['alignsTo', index],
        'align/loop',
        `Alignment loop: ${loopText(path.length - start, (i) => path[start + i]!.id, parent.id)}`,
        'Alignment must go up the levels; remove one of these links.',
      );
    },
  );
};

/** align/no-line-of-sight and theme/no-contributors: every goal traces to the strategy, and every theme has goals. */
export const lineOfSightRules: Rule = (context: RuleContext) => {
  const { graph, report } = context;
  for (const objective of graph.objectives) {
    if (objective.data.status === 'cancelled' || isCompanyLevel(graph, objective)) continue;
    const sight = lineOfSight(graph, objective);
    if (sight.traced) continue;
    const top = sight.top;
    const where =
      objective.data.alignsTo.length === 0
        ? 'it aligns to nothing'
        : sight.length === 1
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
