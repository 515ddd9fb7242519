import type { Confidence } from '../../schemas/check-in.ts';
import type { Cycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import { lineOfSight } from '../line-of-sight.ts';
import { currentValue, progressOf, sortedCheckIns } from '../progress.ts';
import type { KeyResult, Objective, Theme } from '../types.ts';
import { cycleMonths, cycleWeeks, earlier } from './calendar.ts';
import { memoOn } from './memo.ts';

/** Progress and confidence on a day, each 0–1 and a mean over the key results measured by then. */
export interface TrendPoint {
  date: string;
  progress?: number;
  /** Confidence as a number: high 1, medium 0.5, low 0. */
  confidence?: number;
}

/** One objective's trend over the cycle. */
export interface ObjectiveTrend {
  objective: Objective;
  points: TrendPoint[];
}

/** A theme's trend: its objectives' key results together, and each objective's own. */
export interface ThemeTrend {
  /** Undefined for the objectives that trace to no theme. */
  theme?: Theme;
  points: TrendPoint[];
  objectives: ObjectiveTrend[];
}

const confidenceValue: Record<Confidence, number> = { high: 1, medium: 0.5, low: 0 };

function mean(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((sum, v) => sum + v, 0) / known.length : undefined;
}

/** One key result on one day: its progress and its latest confidence as a number, when known. */
interface Sample {
  progress?: number;
  confidence?: number;
}

/** A key result's samples on each day; `days` in order, so its check-ins are read once for all of them. */
function samplesOf(kr: KeyResult, days: readonly string[]): Sample[] {
  const checkIns = sortedCheckIns(kr);
  let next = 0;
  let rated: Confidence | undefined;
  return days.map((date) => {
    for (; next < checkIns.length && checkIns[next]!.date <= date; next++) rated = checkIns[next]!.confidence ?? rated;
    return { progress: progressOf(kr, currentValue(kr, date), date), confidence: rated && confidenceValue[rated] };
  });
}

/** The trend of a set of key results (their samples) on each day: mean progress and mean latest confidence. */
function pointsOf(samples: readonly Sample[][], days: readonly string[]): TrendPoint[] {
  return days.map((date, i) => ({
    date,
    progress: mean(samples.map((kr) => kr[i]!.progress)),
    confidence: mean(samples.map((kr) => kr[i]!.confidence)),
  }));
}

/**
 * The trend of each theme of a cycle, sampled at the end of every week and month so far (today
 * for the week that runs): the theme's objectives are those whose line of sight passes through it, at
 * any level. Worked out once per graph and cycle; each month's review reads a slice of it.
 */
export function cycleTrends(graph: Graph, cycle: Cycle): { days: string[]; themes: ThemeTrend[] } {
  return memoOn(graph, `trend:${cycle.id}`, () => {
    const ends = [...cycleWeeks(cycle, graph.today), ...cycleMonths(cycle, graph.today)];
    const days = [...new Set(ends.map((span) => earlier(span.end, graph.today)))].sort();
    const brief = graph.briefByCycle.get(cycle.id);
    const groups = new Map<Theme | undefined, Objective[]>(
      graph.themes.filter((t) => t.brief === brief).map((t) => [t, []]),
    );
    for (const objective of graph.objectivesByCycle.get(cycle.id) ?? []) {
      if (objective.data.status === 'cancelled') continue;
      const theme = lineOfSight(graph, objective).chain.find((node): node is Theme => node.kind === 'theme');
      const list = groups.get(theme);
      if (list) list.push(objective);
      else groups.set(theme, [objective]);
    }
    // Each key result sampled once: its objective's trend and its theme's both average the same samples.
    const samples = (objective: Objective) =>
      (graph.keyResultsOf.get(objective.id) ?? []).map((kr) => samplesOf(kr, days));
    const themes = [...groups].map(([theme, objectives]) => {
      const byObjective = objectives.map((objective) => ({ objective, samples: samples(objective) }));
      const trends = byObjective
        .filter((o) => o.samples.length > 0)
        .map(({ objective, samples }) => ({ objective, points: pointsOf(samples, days) }));
      return {
        theme,
        points: pointsOf(
          byObjective.flatMap((o) => o.samples),
          days,
        ),
        objectives: trends,
      };
    });
    return { days, themes };
  });
}
