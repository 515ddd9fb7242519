import { compareCycles, type Cycle } from '../../model/cycles.ts';
import type { Graph } from '../../model/graph.ts';
import { cycleMonths, cycleWeeks, type ReviewMonth, type ReviewWeek } from '../../model/reviews/calendar.ts';
import { memoOn } from '../../model/reviews/memo.ts';

/** The review pages of one cycle: the weeks and months begun by today, and its close. */
export interface CycleReviews {
  cycle: Cycle;
  weeks: ReviewWeek[];
  months: ReviewMonth[];
}

/** Every cycle with objectives that has begun, oldest first, with its weeks and months: one list per build. */
export function reviewCycles(graph: Graph): CycleReviews[] {
  return memoOn(graph, 'review-cycles', () =>
    [...graph.cycles.values()]
      .filter((cycle) => cycle.start <= graph.today && graph.objectivesByCycle.get(cycle.id)?.length)
      .sort((a, b) => compareCycles(a.id, b.id))
      .map((cycle) => ({ cycle, weeks: cycleWeeks(cycle, graph.today), months: cycleMonths(cycle, graph.today) })),
  );
}

/** Base-relative paths of the review pages. */
export const reviewPaths = {
  index: 'reviews/',
  week: (cycle: string, week: number) => `reviews/${cycle}/week-${week}/`,
  month: (cycle: string, month: string) => `reviews/${cycle}/month-${month}/`,
  close: (cycle: string) => `reviews/${cycle}/close/`,
  alignment: (cycle: string) => `cycles/${cycle}/alignment/`,
};

/** A share 0–1 as a whole percentage, "–" when unknown. */
export function percent(share: number | undefined): string {
  return share === undefined ? '–' : `${Math.round(share * 100)}%`;
}
