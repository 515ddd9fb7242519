import { cycleFitsUnder, parseCycle, quarterContaining } from '../../src/model/cycles.ts';
import { teamAncestors, type Graph } from '../../src/model/graph.ts';

/** One answer a prompt offers: the id written into the file, and what a person reads. */
export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

/** Teams, by name. */
export function teamChoices(graph: Graph): Choice[] {
  return graph.teams.map((team) => ({ value: team.id, label: team.data.name, hint: team.id }));
}

/** People of the registry, by name with their role. */
export function personChoices(graph: Graph): Choice[] {
  return graph.people.map((person) => ({
    value: person.id,
    label: person.data.name,
    hint: [person.data.role, person.id].filter(Boolean).join(' · '),
  }));
}

/** Active strategic priorities. */
export function priorityChoices(graph: Graph): Choice[] {
  return graph.priorities
    .filter((priority) => priority.data.status === 'active')
    .map((priority) => ({ value: priority.id, label: priority.data.title, hint: priority.id }));
}

/** Cycles to plan in: those with a brief, the current one and the next two quarters, newest first. */
export function cycleChoices(graph: Graph): Choice[] {
  const ids = new Set([...graph.briefByCycle.keys(), graph.currentCycle]);
  const current = parseCycle(graph.currentCycle, graph.config.fiscalYearStartMonth);
  let end = current?.end;
  for (let step = 0; end && step < 2; step++) {
    const next = new Date(Date.parse(end) + 86_400_000).toISOString().slice(0, 10);
    const cycle = quarterContaining(next, graph.config.fiscalYearStartMonth);
    ids.add(cycle);
    end = parseCycle(cycle, graph.config.fiscalYearStartMonth)?.end;
  }
  return [...ids]
    .sort()
    .reverse()
    .map((id) => ({
      value: id,
      label: id,
      hint: [id === graph.currentCycle ? 'current' : '', graph.briefByCycle.get(id)?.data.title ?? 'no brief yet']
        .filter(Boolean)
        .join(' · '),
    }));
}

/** Cycles that have no brief yet, for a new brief. */
export function cyclesWithoutBrief(graph: Graph): Choice[] {
  return cycleChoices(graph).filter((choice) => !graph.briefByCycle.has(choice.value));
}

/**
 * What an objective of a team may align to, as the alignment rules allow: the themes of its
 * cycle's brief for the company's own team, otherwise the objectives and key results of its
 * ancestor teams in the same cycle (or the year it belongs to).
 */
export function parentChoices(graph: Graph, teamId: string, cycle: string): Choice[] {
  const team = graph.teamById.get(teamId);
  if (team && !team.data.parent) {
    const brief = graph.briefByCycle.get(cycle);
    return (brief?.data.themes ?? []).map((theme) => ({
      value: `${cycle}/${theme.id}`,
      label: theme.title,
      hint: `theme of ${cycle}`,
    }));
  }
  const choices: Choice[] = [];
  for (const ancestor of teamAncestors(graph, teamId)) {
    for (const objective of graph.objectivesByTeam.get(ancestor.id) ?? []) {
      if (!cycleFitsUnder(cycle, objective.data.cycle) || objective.data.status === 'cancelled') continue;
      choices.push({ value: objective.id, label: objective.data.title, hint: `${ancestor.data.name} objective` });
      for (const kr of graph.keyResultsOf.get(objective.id) ?? [])
        choices.push({ value: kr.ref, label: `  ${kr.data.title}`, hint: 'key result' });
    }
  }
  return choices;
}

/** Objectives, key results, themes and priorities a decision may affect, current cycle first. */
export function affectedChoices(graph: Graph): Choice[] {
  const objectives = graph.objectivesByCycle.get(graph.currentCycle) ?? [];
  return [
    ...objectives.flatMap((objective) => [
      { value: objective.id, label: objective.data.title, hint: 'objective' },
      ...(graph.keyResultsOf.get(objective.id) ?? []).map((kr) => ({
        value: kr.ref,
        label: `  ${kr.data.title}`,
        hint: 'key result',
      })),
    ]),
    ...graph.themes
      .filter((theme) => theme.brief.id === graph.currentCycle)
      .map((theme) => ({ value: theme.ref, label: theme.data.title, hint: 'theme' })),
    ...priorityChoices(graph).map((choice) => ({ ...choice, hint: 'priority' })),
  ];
}
