import type { KeyResult } from '../types.ts';
import type { AtRisk, MovedCheckIn } from './weekly.ts';

/** One team's share of a review list: the items shown, largest first, and how many were left out. */
export interface TeamGroup<T> {
  team: string;
  shown: T[];
  /** Items of this team not shown on the page. */
  more: number;
}

/** A review list grouped by team, within a budget of rows a meeting can read. */
export interface TeamGroups<T> {
  /** Teams shown with their rows, the team with the largest item first. */
  groups: TeamGroup<T>[];
  /** Teams past the budget: only named, with their count, largest first. */
  others: { team: string; count: number }[];
  /** Every item of the list, shown or not. */
  total: number;
}

/** How many rows a review list shows: per team, and over all teams. */
export interface RowBudget {
  perTeam: number;
  total: number;
}

/**
 * A weekly review's rows at most: a small company sees every row, one with thousands of
 * objectives sees the largest per team and a count of the rest (the complete data stays in the
 * key-result CSV and the check-in feeds).
 */
export const reviewBudget: RowBudget = { perTeam: 10, total: 80 };

/**
 * Groups `items` by team, each team's items by `size` (largest first, ties in their given order),
 * teams by their largest item. Teams are shown whole up to `perTeam` rows each until `total` rows
 * are used; the teams after that are only counted. Linear after the one sort.
 */
export function groupByTeam<T>(
  items: readonly T[],
  teamOf: (item: T) => string,
  size: (item: T) => number,
  budget: RowBudget = reviewBudget,
): TeamGroups<T> {
  const byTeam = new Map<string, { item: T; size: number; order: number }[]>();
  items.forEach((item, order) => {
    const team = teamOf(item);
    let list = byTeam.get(team);
    if (!list) byTeam.set(team, (list = []));
    list.push({ item, size: size(item), order });
  });
  const teams = [...byTeam].map(([team, list]) => {
    list.sort((a, b) => b.size - a.size || a.order - b.order);
    return { team, list };
  });
  teams.sort(
    (a, b) => b.list[0]!.size - a.list[0]!.size || a.list[0]!.order - b.list[0]!.order || (a.team < b.team ? -1 : 1),
  );
  const result: TeamGroups<T> = { groups: [], others: [], total: items.length };
  let left = budget.total;
  for (const { team, list } of teams) {
    if (left <= 0) {
      result.others.push({ team, count: list.length });
      continue;
    }
    const shown = list.slice(0, Math.min(budget.perTeam, left)).map((entry) => entry.item);
    left -= shown.length;
    result.groups.push({ team, shown, more: list.length - shown.length });
  }
  return result;
}

/** A key result's span from baseline to target, for sizing its moves; undefined for a milestone. */
function span(keyResult: KeyResult): number | undefined {
  const { baseline, target } = keyResult.data;
  return typeof baseline === 'number' && typeof target === 'number' && baseline !== target
    ? Math.abs(target - baseline)
    : undefined;
}

/**
 * How large a check-in's move is: the share of its key result's way from baseline to target
 * it covered (either direction). A falling confidence adds a full share, so it sorts with the
 * largest moves; a check-in with nothing to compare counts as no move.
 */
export function moveSize(moved: MovedCheckIn): number {
  const way = span(moved.keyResult);
  const share = moved.delta !== undefined && way ? Math.abs(moved.delta) / way : 0;
  const rank = { low: 0, medium: 1, high: 2 } as const;
  const before = moved.previous?.confidence;
  const now = moved.checkIn.confidence;
  return share + (before && now && rank[now] < rank[before] ? 1 : 0);
}

/** How urgent a key result at risk is: both signals first, then how far behind its pace. */
export function riskSize(risk: AtRisk): number {
  const behind = risk.behind ? Math.max(0, risk.behind.expected - (risk.behind.progress ?? 0)) : 0;
  return (risk.confidenceFell ? 1 : 0) + (risk.behind ? 1 : 0) + behind;
}

/** Rows of one theme's table in the monthly review: a small company sees them all. */
export const themeRows = 30;

/** The `cap` largest of `items` by `size` (ties in their given order), and how many were left out. */
export function largestFirst<T>(
  items: readonly T[],
  size: (item: T) => number,
  cap: number,
): { shown: T[]; more: number } {
  const sized = items.map((item, order) => ({ item, size: size(item), order }));
  sized.sort((a, b) => b.size - a.size || a.order - b.order);
  return { shown: sized.slice(0, cap).map((entry) => entry.item), more: Math.max(0, items.length - cap) };
}
