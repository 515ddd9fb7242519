import type { Graph } from '../model/graph.ts';
import { capitalised } from '../model/kinds/index.ts';
import { statusText } from '../model/status.ts';
import { decisionStatuses } from '../schemas/decision.ts';
import { searchIndexes, type SearchRecord } from './search-records.ts';

/** One value of a filter as the search page offers it. */
export interface FilterValue {
  /** What the index holds and the address carries (`objective`, `At risk`). */
  value: string;
  /** What the reader reads (`Objective`, `At risk`). */
  label: string;
  /** Only documents of the search archive have it: offered once the archive is searched too. */
  archiveOnly: boolean;
}

/** A filter of the search page: its name in the index and the address, and its values. */
export interface FilterGroup {
  key: string;
  label: string;
  /** Few values are ticked (any of them matches); many are picked from a list, one at a time. */
  control: 'checkboxes' | 'select';
  values: FilterValue[];
}

const kindsFirst = ['objective', 'decision', 'brief', 'priority', 'team', 'person'];

/** The filters in the order the search page shows them, and how each one's values are ordered. */
const groups: { key: string; label: string; control: FilterGroup['control']; order?: readonly string[] }[] = [
  { key: 'kind', label: 'Kind', control: 'checkboxes' },
  {
    key: 'status',
    label: 'Objective status',
    control: 'checkboxes',
    order: Object.values(statusText).map((s) => s.word),
  },
  { key: 'decision', label: 'Decision status', control: 'checkboxes', order: decisionStatuses.map(capitalised) },
  // Newest first: the current cycle is the one most searched.
  { key: 'cycle', label: 'Cycle', control: 'select' },
  { key: 'team', label: 'Team', control: 'select' },
  { key: 'owner', label: 'Owner', control: 'select' },
];

/**
 * The search page's filters, from the same records the indexes hold (search-records.ts), so a
 * value offered always matches something; made at build time, so the filters show before the
 * first query without downloading Pagefind's filter files. A filter with no value is left out.
 */
export function searchFilters(graph: Graph): FilterGroup[] {
  const { recent, archive } = searchIndexes(graph);
  // The kinds most searched for first; a kind registered besides the built-in ones after them.
  const kindOrder = [
    ...kindsFirst,
    ...graph.kinds.map((kind) => kind.kind).filter((kind) => !kindsFirst.includes(kind)),
  ];
  const labels = new Map(graph.kinds.map((kind) => [kind.kind, capitalised(kind.label.singular)]));
  return groups.flatMap(({ key, label, control, order }) => {
    const inRecent = valuesOf(recent, key);
    const all = new Set([...inRecent, ...valuesOf(archive, key)]);
    const ranked = key === 'kind' ? kindOrder : order;
    const values = [...all]
      .sort((a, b) =>
        ranked
          ? ranked.indexOf(a) - ranked.indexOf(b)
          : key === 'cycle'
            ? b.localeCompare(a, 'en', { numeric: true })
            : a.localeCompare(b, 'en'),
      )
      .map((value) => ({
        value,
        label: key === 'kind' ? (labels.get(value) ?? value) : value,
        archiveOnly: !inRecent.has(value),
      }));
    return values.length ? [{ key, label, control, values }] : [];
  });
}

function valuesOf(records: readonly SearchRecord[], key: string): Set<string> {
  return new Set(records.flatMap((record) => record.filters[key] ?? []));
}
