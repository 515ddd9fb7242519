// Which documents an edit can reach, read from the links the check cache keeps (./links.ts):
// the ones whose findings across documents may change, and the ones those findings read. The
// checks across documents then run on a graph of the second set alone, and only the first
// set's findings are taken from it. Pure: no file access.
import { pathMark, type LinkTable, type PackedLinks } from './links.ts';

/** What an edit reaches: files whose findings may change, and every file their findings read (a superset). */
export interface Reach {
  affected: Set<string>;
  context: Set<string>;
}

/** One changed file's links before and after the edit, packed in the same table. */
export interface ChangedLinks {
  key: string;
  before: PackedLinks;
  now: PackedLinks;
}

/**
 * The kinds any edit of which is followed through the links. A team, a priority or a brief is
 * read by every document below or inside it (a team's parent by every objective's level, a
 * brief's not-now list by every objective of its cycle): an edit of one that changes what
 * others read of it runs the checks on the whole graph; one that does not (a name, a
 * description, prose) is followed like the others. A person is only looked up by the
 * documents naming them.
 */
const followedKinds = new Set(['objective', 'decision', 'person']);

/**
 * Kinds that only the documents naming them read (an owner looked up, a decision linked to):
 * one is on the reach when an affected document names it, but what it points at is read by no
 * finding of the affected documents, and a parent or a team further up naming it adds nothing.
 */
const namedOnly = new Set(['person', 'decision']);

/**
 * Past this share of the files (and this many: a small reach is quick whatever its share),
 * reading them costs more than running the checks on the whole graph from the cache.
 */
const largestShare = 0.25;
const smallReach = 200;

/**
 * The reach of some edits, or undefined when it cannot be told from the links alone: another
 * kind, an id renamed, added or removed (every reference and "did you mean" may change), a
 * team, priority or brief changed in what others read of it, or an invalid document.
 */
export function reachOf(table: LinkTable, changed: readonly ChangedLinks[]): Reach | undefined {
  for (const { before, now } of changed) {
    if (before[0] !== now[0] || before[1] !== now[1] || before[2] !== now[2]) return undefined;
    if (!followedKinds.has(now[0]) && changesWhatOthersRead(before, now)) return undefined;
  }
  const now = new Map(changed.map((c) => [c.key, c.now]));
  const entryOf = (key: string) => now.get(key) ?? table.files[key]!;
  // By the place of a name: the files known by it, the files naming it, the objectives of a team's cycle.
  const size = table.names.length;
  const byKey: (string[] | undefined)[] = new Array(size);
  const referrers: (string[] | undefined)[] = new Array(size);
  const peers: (string[] | undefined)[] = new Array(size);
  const files = Object.keys(table.files);
  for (const key of files) {
    const [, id, , refs, group, , invalid] = entryOf(key);
    if (invalid) return undefined;
    if (id >= 0) (byKey[id] ??= []).push(key);
    for (const ref of refs) (referrers[ref] ??= []).push(key);
    if (group >= 0) (peers[group] ??= []).push(key);
  }
  // A link by relative path names the file itself.
  const pathPlace = new Map<string, number>();
  table.names.forEach((name, i) => {
    if (!name.startsWith(pathMark)) return;
    const key = name.slice(pathMark.length);
    pathPlace.set(key, i);
    if (key in table.files) (byKey[i] ??= []).push(key);
  });
  const peersOf = (entry: PackedLinks) => (entry[4] >= 0 ? (peers[entry[4]] ?? []) : []);
  const namesakesOf = (entry: PackedLinks) => (entry[1] >= 0 ? (byKey[entry[1]] ?? []) : []);
  const referrersOf = (key: string) => {
    const [, id] = entryOf(key);
    const byPath = pathPlace.get(key);
    return [...(id >= 0 ? (referrers[id] ?? []) : []), ...(byPath === undefined ? [] : (referrers[byPath] ?? []))];
  };
  const add = (set: Set<string>, key: string, queue?: string[]) => {
    if (set.has(key)) return;
    set.add(key);
    queue?.push(key);
  };

  // Affected: the edited files; and when an edit changed what other documents read of it (its
  // links, team, cycle, status, publication or headings), what points at it (everything below
  // it, however indirectly, when its alignment changed: a line of sight runs through every
  // parent), what it points at or pointed at whose findings count what points at them (a
  // parent with no key results, a brief), the objectives it shares a team's cycle with, and
  // its id's namesakes.
  const affected = new Set<string>();
  // What points at an edited file, however indirectly, walked on its own: a file already
  // affected for another reason (a parent it also points at) still has its referrers walked.
  const pointing = new Set<string>();
  const walk: string[] = [];
  for (const { key, before, now: entry } of changed) {
    affected.add(key);
    if (!changesWhatOthersRead(before, entry)) continue;
    // Only a changed alignment is read below the documents that point at it.
    if (before[8] !== entry[8]) add(pointing, key, walk);
    else for (const referrer of referrersOf(key)) affected.add(referrer);
    for (const side of [before, entry]) {
      for (const ref of side[3])
        // A parent measured by what aligns to it, a brief whose themes need contributors.
        for (const target of byKey[ref] ?? []) if (entryOf(target)[9]) affected.add(target);
      for (const peer of peersOf(side)) affected.add(peer);
    }
    for (const namesake of namesakesOf(entry)) affected.add(namesake);
  }
  while (walk.length) for (const referrer of referrersOf(walk.pop()!)) add(pointing, referrer, walk);
  for (const key of pointing) affected.add(key);

  // Context: what the affected files' findings read. Everything they point at, transitively
  // (parents up to the strategy, teams up to the root, owners, the brief of each objective's
  // cycle), in full; and, which those findings only count or look at (not what those point
  // at), the objectives of their team's cycle, their id's namesakes, and what points at those
  // whose findings count it.
  const context = new Set<string>();
  const up: string[] = [];
  for (const key of affected) add(context, key, up);
  while (up.length) {
    const key = up.pop()!;
    const [kind, , , refs, , cycle] = entryOf(key);
    const own = affected.has(key);
    if (namedOnly.has(kind) && !own) continue;
    for (const ref of refs)
      for (const target of byKey[ref] ?? []) if (own || !namedOnly.has(entryOf(target)[0])) add(context, target, up);
    if (cycle >= 0) for (const target of byKey[cycle] ?? []) add(context, target, up);
    if (context.size > smallReach && context.size > files.length * largestShare) return undefined;
  }
  for (const key of affected) {
    const entry = entryOf(key);
    if (entry[9]) for (const referrer of referrersOf(key)) add(context, referrer);
    for (const peer of peersOf(entry)) add(context, peer);
    for (const namesake of namesakesOf(entry)) add(context, namesake);
  }
  return { affected, context };
}

/** Whether an edit changed what the documents pointing at a file, or those it points at, read of it. */
function changesWhatOthersRead(before: PackedLinks, now: PackedLinks): boolean {
  return (
    before[3].join() !== now[3].join() ||
    before[4] !== now[4] ||
    before[5] !== now[5] ||
    before[7] !== now[7] ||
    before[8] !== now[8]
  );
}
