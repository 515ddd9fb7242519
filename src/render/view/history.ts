import type { Graph } from '../../model/graph.ts';
import type { ObjectiveChange } from '../../model/history/objective-timeline.ts';
import type { Objective, Person } from '../../model/types.ts';
import { teamName } from '../../model/withheld.ts';
import type { Markup } from '../html.ts';
import { personNameHtml } from './goal-status.ts';
import { notPublished } from './nodes.ts';

/** One line of an objective's history as a page shows it. */
export interface HistoryRow {
  date: string;
  /** The commit's author as git names them, and their person page when a published person has that name. */
  author: string;
  person?: Person;
  /** Abbreviated commit hash. */
  commit: string;
  /** What changed, in words: "Target of *Missed pickups fall…*". */
  what: string;
  /** Old and new values; person ids for `owner` (pages show their names). */
  from?: string;
  to?: string;
  /** The owner changed: from and to are people. */
  people: boolean;
  /** The team changed: from and to are teams (shown by name; a team that is not published, without its id). */
  teams: boolean;
  lowered: boolean;
}

const fieldWords: Record<string, string> = {
  title: 'Title',
  owner: 'Owner',
  team: 'Team',
  cycle: 'Cycle',
  status: 'Status',
  grade: 'Grade',
  type: 'Type',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  commit: 'Commitment',
  stretch: 'Stretch',
  direction: 'Direction',
};

const keyResultField = /^keyResults\[([^\]]*)\](?:\.(\w+))?$/;

/** Published people by the name git knows them by, made once per graph. */
const peopleByName = new WeakMap<Graph, Map<string, Person>>();
function personNamed(graph: Graph, name: string): Person | undefined {
  let index = peopleByName.get(graph);
  if (!index) peopleByName.set(graph, (index = new Map(graph.people.map((p) => [p.data.name, p]))));
  return index.get(name);
}

/** An objective's changes as rows, newest first, key results named by their current title when they still exist. */
export function historyRows(graph: Graph, objective: Objective, changes: readonly ObjectiveChange[]): HistoryRow[] {
  const titles = new Map((graph.keyResultsOf.get(objective.id) ?? []).map((kr) => [kr.data.id, kr.data.title]));
  return changes
    .map((change): HistoryRow => {
      const { commit } = change;
      const row: HistoryRow = {
        date: commit.date,
        author: commit.author,
        person: personNamed(graph, commit.author),
        commit: commit.hash.slice(0, 8),
        what: '',
        from: change.from,
        to: change.to,
        people: change.field === 'owner' || change.field.endsWith('.owner'),
        teams: change.field === 'team',
        lowered: change.lowered === true,
      };
      const kr = keyResultField.exec(change.field);
      if (change.field === 'created') row.what = 'Created';
      else if (change.field === 'deleted') row.what = 'Deleted';
      else if (change.field === 'moved') row.what = 'Moved to another file';
      else if (kr && !kr[2]) {
        row.what = change.to === undefined ? `Key result removed: ${change.from}` : `Key result added: ${change.to}`;
        row.from = row.to = undefined;
      } else if (kr) row.what = `${fieldWords[kr[2]!] ?? kr[2]} of “${titles.get(kr[1]!) ?? kr[1]}”`;
      else row.what = fieldWords[change.field] ?? change.field;
      return row;
    })
    .reverse();
}

/** A history row with the objective it belongs to. */
export interface ChangeRow extends HistoryRow {
  objective: Objective;
}

/**
 * Every published objective's changes whose commit falls between two days (both included),
 * newest first: the "what changed" page of a cycle.
 */
export function changesBetween(
  graph: Graph,
  timelines: ReadonlyMap<string, readonly ObjectiveChange[]>,
  from: string,
  to: string,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  for (const objective of graph.objectives) {
    const changes = (timelines.get(objective.id) ?? []).filter((c) => c.commit.date >= from && c.commit.date <= to);
    if (changes.length) for (const row of historyRows(graph, objective, changes)) rows.push({ ...row, objective });
  }
  return rows.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}

/** One side of a change as a table cell shows it: a person or team by name (never a withheld one's id), else the value. */
export function changeValueHtml(graph: Graph, row: HistoryRow, value: string | undefined): Markup | string {
  if (value === undefined) return '';
  if (row.people) return personNameHtml(graph, value);
  if (row.teams) return teamName(graph, value) ?? notPublished.team;
  return value;
}
