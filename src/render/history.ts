import { readSiteHistory, takeSiteHistory, type SiteHistory } from '../model/history/site-history.ts';
import type { SiteContext } from './context.ts';
import { siteData } from './data.ts';

export type { SiteHistory };

/** Only pages ask, so a memo in this module suffices: one pass over git per context. */
const memo = new WeakMap<SiteContext, SiteHistory>();

/**
 * The content folder's history from one `git log` and one `git cat-file` for the whole build
 * (never one per page or per file): the one the build started reading early when there is one,
 * else read now. Empty, with a note, when the folder is not in git.
 */
export function siteHistory(context: SiteContext): SiteHistory {
  let cached = memo.get(context);
  if (!cached) {
    cached =
      takeSiteHistory(context.contentDir) ??
      readSiteHistory(context.contentDir, objectiveFileIds(siteData(context).graph));
    memo.set(context, cached);
  }
  return cached;
}

/** The id of each published objective by the key of its file. */
export function objectiveFileIds(graph: ReturnType<typeof siteData>['graph']): Map<string, string> {
  return new Map(graph.objectives.map((o) => [o.source.key, o.id]));
}

/** The date each file of the content folder last changed; empty outside git. */
export function lastChangedDates(context: SiteContext): Map<string, string> {
  return siteHistory(context).history.lastChanged;
}
