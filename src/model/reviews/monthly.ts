import type { Cycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import type { Objective, Theme } from '../types.ts';
import { addDays, earlier, type ReviewMonth } from './calendar.ts';
import { cycleTrends, type TrendPoint } from './trend.ts';

/** How a theme or objective stood at the end of last month and stands at the end of this one. */
export interface MonthChange {
  /** The last point before this month (undefined in the cycle's first month). */
  before?: TrendPoint;
  /** The last point of this month. */
  now?: TrendPoint;
}

/** What the monthly review of one month shows. */
export interface MonthlyReview {
  month: ReviewMonth;
  /** The last day measured: the month's end, or today while it runs. */
  asOf: string;
  themes: (MonthChange & {
    theme?: Theme;
    /** The theme's trend over the cycle up to `asOf`. */
    points: TrendPoint[];
    objectives: (MonthChange & { objective: Objective })[];
  })[];
}

function lastUpTo(points: readonly TrendPoint[], day: string): TrendPoint | undefined {
  let last: TrendPoint | undefined;
  for (const point of points) if (point.date <= day) last = point;
  return last;
}

/** The monthly review: each theme's trend over the cycle so far and what changed since last month. */
export function monthlyReview(graph: Graph, cycle: Cycle, month: ReviewMonth): MonthlyReview {
  const asOf = earlier(month.end, graph.today);
  const lastMonthEnd = addDays(month.start, -1);
  const change = (points: readonly TrendPoint[]): MonthChange => ({
    before: lastUpTo(points, lastMonthEnd),
    now: lastUpTo(points, asOf),
  });
  return {
    month,
    asOf,
    themes: cycleTrends(graph, cycle).themes.map(({ theme, points, objectives }) => ({
      theme,
      points: points.filter((p) => p.date <= asOf),
      ...change(points),
      objectives: objectives.map(({ objective, points }) => ({ objective, ...change(points) })),
    })),
  };
}
