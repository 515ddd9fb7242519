import type { NotNowData } from '../../schemas/brief.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Graph } from '../graph.ts';
import { lineOfSight } from '../line-of-sight.ts';
import { activityCue } from '../rules/kr/activity.ts';
import { notNowMatcher, objectiveText } from '../rules/objective/not-now.ts';
import { alignedObjectives } from '../status.ts';
import type { KeyResult, Objective, Theme } from '../types.ts';
import { unprovidedDependencies, type Unprovided } from './dependencies.ts';
import { memoOn } from './memo.ts';
import { likelyOverlaps, type Overlap } from './overlaps.ts';
import { cycleWarnings, type WarningGroups } from './warnings.ts';

/** What the alignment session before a quarter looks at, for one cycle. */
export interface AlignmentReport {
  cycle: string;
  /** Each theme of the cycle's brief with the objectives aligned to it; none means a gap. */
  themes: { theme: Theme; objectives: Objective[] }[];
  /** Objectives whose chain does not reach a strategic priority. */
  noLineOfSight: Objective[];
  overlaps: Overlap[];
  /** Active objectives that mention an item of the brief's not-now list, with the words found. */
  notNow: { objective: Objective; item: NotNowData; hit: string }[];
  /** Teams with more live objectives than `thresholds.maxObjectivesPerTeam`. */
  teamsOverLimit: { team: string; objectives: Objective[]; limit: number }[];
  /** Objectives with more key results than `thresholds.maxKeyResults`. */
  objectivesOverLimit: { objective: Objective; limit: number }[];
  /** Key results that read as activities, with the words that make them so (kr/activity's reading). */
  activities: { keyResult: KeyResult; cue: string }[];
  unprovided: Unprovided[];
  warnings: WarningGroups;
}

/**
 * The alignment report of a cycle: one pass over its objectives for each question, memoised per
 * graph and cycle (the health page and the cycle's report page share it). The not-now and
 * activity findings use the rules' own readings, so the report and `check` never disagree.
 */
export function alignmentReport(graph: Graph, cycle: string, warnings: readonly Diagnostic[]): AlignmentReport {
  return memoOn(graph, `alignment:${cycle}`, () => buildReport(graph, cycle, warnings));
}

function buildReport(graph: Graph, cycle: string, warnings: readonly Diagnostic[]): AlignmentReport {
  const objectives = graph.objectivesByCycle.get(cycle) ?? [];
  const live = objectives.filter((o) => o.data.status !== 'cancelled');
  const brief = graph.briefByCycle.get(cycle);
  const { maxObjectivesPerTeam, maxKeyResults } = graph.config.thresholds;

  const matcher = brief && notNowMatcher(brief);
  const notNow = matcher
    ? objectives
        .filter((o) => o.data.status === 'active')
        .flatMap((objective) => matcher(objectiveText(objective)).map(({ item, hit }) => ({ objective, item, hit })))
    : [];

  const byTeam = new Map<string, Objective[]>();
  for (const objective of live) {
    const list = byTeam.get(objective.data.team);
    if (list) list.push(objective);
    else byTeam.set(objective.data.team, [objective]);
  }

  const countedOutputs = graph.config.keyResults.countedOutputsAreActivities;
  const activities = objectives.flatMap((o) =>
    (graph.keyResultsOf.get(o.id) ?? []).flatMap((keyResult) => {
      const cue = activityCue(keyResult, countedOutputs);
      return cue === undefined ? [] : [{ keyResult, cue }];
    }),
  );

  return {
    cycle,
    themes: (brief ? graph.themes.filter((t) => t.brief === brief) : []).map((theme) => ({
      theme,
      objectives: alignedObjectives(graph, theme.ref),
    })),
    noLineOfSight: objectives.filter((o) => !lineOfSight(graph, o).traced),
    overlaps: likelyOverlaps(live, (ref) => parentOf(graph, ref)),
    notNow,
    teamsOverLimit: [...byTeam]
      .filter(([, list]) => list.length > maxObjectivesPerTeam)
      .map(([team, list]) => ({ team, objectives: list, limit: maxObjectivesPerTeam })),
    objectivesOverLimit: live
      .filter((o) => o.data.keyResults.length > maxKeyResults)
      .map((objective) => ({ objective, limit: maxKeyResults })),
    activities,
    unprovided: unprovidedDependencies(graph, cycle),
    warnings: cycleWarnings(graph, cycle, warnings),
  };
}

/** The parent an `alignsTo` entry names, as overlaps bucket it: a key result counts as its objective. */
function parentOf(graph: Graph, ref: string): string | undefined {
  const node = graph.nodes.get(ref);
  if (node?.kind === 'key-result') return node.objective.id;
  if (node?.kind === 'objective' || node?.kind === 'theme') return node.kind === 'theme' ? node.ref : node.id;
  return undefined;
}
