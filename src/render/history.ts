import { readContentHistory, type ContentHistory } from '../model/history/git-log.ts';
import { objectiveTimelines, type ObjectiveChange } from '../model/history/objective-timeline.ts';
import type { SiteContext } from './context.ts';
import { siteData } from './data.ts';

/** What the pages read from git: the content's history, and each objective's changes. */
export interface SiteHistory {
  history: ContentHistory;
  timelines: Map<string, ObjectiveChange[]>;
}

/** Only pages ask, so a memo in this module suffices: one pass over git per context. */
const memo = new WeakMap<SiteContext, SiteHistory>();

/** Objective files: the only ones whose old versions the site reads. */
const isObjectiveFile = (key: string) => key.startsWith('okrs/') && key.endsWith('.md');

/**
 * The content folder's history from one `git log` and one `git cat-file` for the whole build
 * (never one per page or per file). Empty, with a note, when the folder is not in git.
 */
export function siteHistory(context: SiteContext): SiteHistory {
  let cached = memo.get(context);
  if (!cached) {
    const history = readContentHistory(context.contentDir, isObjectiveFile);
    const idByKey = new Map(siteData(context).graph.objectives.map((o) => [o.source.key, o.id]));
    cached = { history, timelines: objectiveTimelines(history, (key) => idByKey.get(key)) };
    memo.set(context, cached);
  }
  return cached;
}

/** The date each file of the content folder last changed; empty outside git. */
export function lastChangedDates(context: SiteContext): Map<string, string> {
  return siteHistory(context).history.lastChanged;
}
