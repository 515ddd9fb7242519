import type { CheckInData } from '../../schemas/check-in.ts';
import type { Graph } from '../../model/graph.ts';
import { sortedCheckIns } from '../../model/progress.ts';
import type { Decision, KeyResult, Team } from '../../model/types.ts';
import { pathOf } from '../urls.ts';
import { formatValue } from '../view/values.ts';
import type { AtomEntry } from './atom.ts';

/** Turns a base-relative page path into the link a feed carries (absolute when the site's address is known). */
export type FeedLink = (path: string) => string;

function personName(graph: Graph, id: string): string | undefined {
  const person = graph.nodes.get(id);
  return person?.kind === 'person' ? person.data.name : undefined;
}

/** One entry per decision, dated by the decision. */
export function decisionEntries(graph: Graph, decisions: readonly Decision[], link: FeedLink): AtomEntry[] {
  return decisions.map((decision) => ({
    key: `decision/${decision.id}`,
    title: `${decision.data.title} (${decision.data.status})`,
    updated: decision.data.date,
    link: link(pathOf(decision)),
    author:
      decision.data.deciders
        .map((id) => personName(graph, id))
        .filter(Boolean)
        .join(', ') || undefined,
  }));
}

/**
 * One entry per check-in: the new value, the change since the one before, the confidence and the
 * note. With `latest`, only the newest that many (ties in key-result order, as a feed sorts them),
 * so a feed of 50 entries does not format every check-in of the organisation.
 */
export function checkInEntries(
  graph: Graph,
  keyResults: readonly KeyResult[],
  link: FeedLink,
  latest = Infinity,
): AtomEntry[] {
  // Check-ins by day, each day's in key-result order: the newest days give the feed its entries.
  const byDay = new Map<string, { kr: KeyResult; checkIns: readonly CheckInData[]; index: number }[]>();
  for (const kr of keyResults) {
    const checkIns = sortedCheckIns(kr);
    for (let index = 0; index < checkIns.length; index++) {
      const day = checkIns[index]!.date;
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push({ kr, checkIns, index });
    }
  }
  const picked: { kr: KeyResult; checkIns: readonly CheckInData[]; index: number }[] = [];
  for (const day of [...byDay.keys()].sort().reverse()) {
    if (picked.length >= latest) break;
    for (const entry of byDay.get(day)!) {
      if (picked.length >= latest) break;
      picked.push(entry);
    }
  }
  const owners = new Map<KeyResult, string | undefined>();
  return picked.map(({ kr, checkIns, index }) => {
    if (!owners.has(kr)) owners.set(kr, personName(graph, kr.data.owner ?? kr.objective.data.owner));
    const checkIn = checkIns[index]!;
    const previous = index > 0 ? checkIns[index - 1]!.value : kr.data.baseline;
    const value = typeof checkIn.value === 'boolean' ? Number(checkIn.value) : checkIn.value;
    const before = typeof previous === 'boolean' ? Number(previous) : previous;
    const change = before === undefined || kr.data.type === 'binary' ? '' : ` (was ${formatValue(before, kr.data)})`;
    const details = [checkIn.confidence && `Confidence: ${checkIn.confidence}.`, checkIn.note].filter(Boolean);
    return {
      key: `check-in/${kr.ref}/${checkIn.date}`,
      title: `${kr.data.title}: ${formatValue(value, kr.data)}${change}`,
      updated: checkIn.date,
      link: link(pathOf(kr)),
      author: owners.get(kr),
      summary: details.length ? details.join(' ') : undefined,
    };
  });
}

/** A team's key results: those of the objectives it owns. */
export function teamKeyResults(graph: Graph, team: Team): KeyResult[] {
  return (graph.objectivesByTeam.get(team.id) ?? []).flatMap((o) => graph.keyResultsOf.get(o.id) ?? []);
}

/** The decisions that affect a team's objectives or their key results, each once. */
export function teamDecisions(graph: Graph, team: Team): Decision[] {
  const decisions = new Set<Decision>();
  for (const objective of graph.objectivesByTeam.get(team.id) ?? [])
    for (const decision of graph.decisionsAffecting.get(objective.id) ?? []) decisions.add(decision);
  return [...decisions];
}
