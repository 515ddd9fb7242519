import { parseFrontmatter } from '../frontmatter.ts';
import { splitSource } from '../source.ts';
import type { Commit, ContentHistory, FileVersion } from './git-log.ts';

/**
 * What one commit changed in an objective, as a reader of its history page sees it. The commit's
 * subject is kept for callers but pages do not show it: a commit that changes a published
 * objective may also add a restricted one and name it in its message.
 */
export interface ObjectiveChange {
  commit: Commit;
  /** `created`, `deleted`, or the field that changed: `owner`, `keyResults[p95].target`… */
  field: string;
  from?: string;
  to?: string;
  /**
   * The target moved towards the baseline (a cut from 120 to 100 for a rising key result), or a
   * key result was removed: the changes a review should not miss.
   */
  lowered?: boolean;
}

/** The fields whose changes the history shows; check-ins are progress and have their own pages. */
const objectiveFields = ['title', 'owner', 'team', 'cycle', 'status', 'grade'] as const;
const keyResultFields = [
  'title',
  'owner',
  'type',
  'unit',
  'baseline',
  'target',
  'commit',
  'stretch',
  'direction',
] as const;

type Facts = Map<string, string>;

/** The fields of one version, flattened to `keyResults[id].target` → `"100"`; undefined when unreadable. */
function factsOf(version: FileVersion, key: string): { id?: string; facts: Facts } | undefined {
  if (version.text === undefined) return undefined;
  const split = splitSource(new TextEncoder().encode(version.text), key, key);
  if (!split.source) return undefined;
  const { data } = parseFrontmatter(split.source);
  // A version that was a draft or restricted is not shown, not even as the old side of a change.
  if (!data || data.draft === true || data.visibility === 'restricted') return undefined;
  const facts: Facts = new Map();
  for (const field of objectiveFields) put(facts, field, data[field]);
  const keyResults = Array.isArray(data.keyResults) ? data.keyResults : [];
  keyResults.forEach((kr: unknown, index) => {
    if (!kr || typeof kr !== 'object') return;
    const record = kr as Record<string, unknown>;
    const name = typeof record.id === 'string' ? record.id : String(index + 1);
    facts.set(`keyResults[${name}]`, typeof record.title === 'string' ? record.title : name);
    for (const field of keyResultFields) put(facts, `keyResults[${name}].${field}`, record[field]);
  });
  return { id: typeof data.id === 'string' ? data.id : undefined, facts };
}

function put(facts: Facts, field: string, value: unknown): void {
  if (value === undefined || value === null || typeof value === 'object') return;
  facts.set(field, String(value));
}

/** Whether a key result's new target gives up ground: closer to its baseline than the old one. */
function isLowered(before: Facts, after: Facts, kr: string): boolean {
  const from = Number(before.get(`${kr}.target`));
  const to = Number(after.get(`${kr}.target`));
  if (!Number.isFinite(from) || !Number.isFinite(to) || from === to) return false;
  const direction = after.get(`${kr}.direction`) ?? 'increase';
  const falling = direction === 'decrease' || direction === 'stay-below';
  return falling ? to > from : to < from;
}

/** The changes between two readable versions, objective fields first, then each key result. */
function diff(commit: Commit, before: Facts, after: Facts): ObjectiveChange[] {
  const changes: ObjectiveChange[] = [];
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const field of keys) {
    const from = before.get(field);
    const to = after.get(field);
    if (from === to) continue;
    const krOnly = /^keyResults\[[^\]]*\]$/.test(field);
    // A key result added or removed is one change, not one per field it had.
    const parent = /^(keyResults\[[^\]]*\])\./.exec(field)?.[1];
    if (parent && before.has(parent) !== after.has(parent)) continue;
    if (krOnly && from !== undefined && to !== undefined) continue; // its title is listed as `.title`
    const change: ObjectiveChange = { commit, field, from, to };
    if ((krOnly && to === undefined) || (field.endsWith('.target') && isLowered(before, after, parent!)))
      change.lowered = true;
    changes.push(change);
  }
  return changes;
}

/**
 * Each objective's changes, oldest first, keyed by objective id. A file moved to another folder
 * (deleted and added with one id in one commit) continues its timeline; a version that does not
 * parse is skipped, and the next readable one is compared with the last readable one. In a
 * shallow clone the oldest commit seen is where the history starts, not where files were created.
 */
export function objectiveTimelines(
  history: ContentHistory,
  /** The id of the document a file holds now (for files whose only version is not read). */
  idOf: (key: string) => string | undefined = () => undefined,
): Map<string, ObjectiveChange[]> {
  // git lists commits newest first; a commit's place in that list orders every event.
  const age = new Map(history.commits.map((commit, i) => [commit, i]));
  const oldest = history.commits.at(-1);
  const events: { key: string; version: FileVersion }[] = [];
  for (const [key, versions] of history.files) for (const version of versions) events.push({ key, version });
  // Oldest first; within a commit, deletions before additions so a move reads as one change.
  events.sort(
    (a, b) =>
      age.get(b.version.commit)! - age.get(a.version.commit)! || Number(b.version.deleted) - Number(a.version.deleted),
  );
  const timelines = new Map<string, ObjectiveChange[]>();
  const last = new Map<string, Facts>();
  const idOfKey = new Map<string, string>();
  const removed = new Map<string, Commit>();
  for (const { key, version } of events) {
    const { commit } = version;
    if (!version.deleted && version.text === undefined) {
      // Added once and never changed: created, with the id it has now (a draft or restricted
      // document has none among the published, and so no history).
      const id = idOf(key);
      if (id !== undefined && !(history.shallow && commit === oldest))
        timelines.set(id, [{ commit, field: 'created' }]);
      continue;
    }
    const read = factsOf(version, key);
    if (!read?.id) {
      const id = idOfKey.get(key);
      if (version.deleted && id !== undefined) removed.set(id, commit);
      continue;
    }
    const id = read.id;
    let timeline = timelines.get(id);
    if (!timeline) timelines.set(id, (timeline = []));
    idOfKey.set(key, id);
    const before = last.get(id);
    if (!before) {
      if (!(history.shallow && commit === oldest)) timeline.push({ commit, field: 'created' });
    } else {
      if (removed.get(id) === commit) timeline.push({ commit, field: 'moved', to: key });
      timeline.push(...diff(commit, before, read.facts));
    }
    removed.delete(id);
    last.set(id, read.facts);
  }
  for (const [id, commit] of removed) timelines.get(id)?.push({ commit, field: 'deleted' });
  return timelines;
}
