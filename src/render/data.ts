import { availableParallelism } from 'node:os';
import { checkContent, checkLoaded, type CheckResult } from '../model/check.ts';
import { liveLoaded, loadLive, rereadLive, type LiveContent } from '../model/live-content.ts';
import { buildGraph, type Graph } from '../model/graph.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { configSchema } from '../schemas/config.ts';
import type { ContentContext } from './context.ts';

/** Everything the site renders from: made once per context, shared by the integration and every page. */
export interface SiteData {
  /** Published documents only: drafts and restricted documents are absent, so no page can leak them. */
  graph: Graph;
  /** Every problem `check` reports for the content (the build stops before rendering on errors). */
  diagnostics: Diagnostic[];
  fatal: boolean;
}

// The one value kept process-wide. The integration (loaded through Astro's configuration) and
// the pages (bundled by Vite) import separate copies of this module within one process, and
// both need this graph: a memo in the module would load and check the content twice, doubling
// `check`'s cost (~4 s at 10,000 objectives). The context itself is not shared this way: pages
// get it from `virtual:throughline/context`.
const memoKey = Symbol.for('throughline.site-data');
type Memo = { key: string; data: SiteData; live?: LiveContent };
const store = globalThis as typeof globalThis & { [memoKey]?: Memo };

/**
 * The published graph and the diagnostics of the context's content: loaded, checked and indexed
 * once per context (and again only when asked, e.g. after an edit in dev).
 */
export function siteData(
  context: ContentContext,
  options: {
    reload?: boolean;
    /** Keys of the files changed since the last load: with `live` content kept, only they are read again. */
    changed?: readonly string[];
    /** Keep each file's read for later reloads (dev). */
    live?: boolean;
    /** Told how many files are read so far (a progress line). */
    onProgress?: (done: number, total: number) => void;
  } = {},
): SiteData {
  const key = `${context.contentDir}\0${context.today ?? ''}`;
  const memo = store[memoKey];
  if (memo && memo.key === key && !options.reload) return memo.data;
  // In dev, a saved file is read again alone; the other files' reads are kept.
  if (memo?.key === key && memo.live && options.changed && rereadLive(memo.live, context.contentDir, options.changed)) {
    const result = checkLoaded(liveLoaded(memo.live), { today: context.today });
    memo.data = toSiteData(result, context.contentDir);
    return memo.data;
  }
  if (options.live) {
    const live = loadLive(context.contentDir, process.cwd(), availableParallelism(), options.onProgress);
    if (live) {
      const data = toSiteData(checkLoaded(liveLoaded(live), { today: context.today }), context.contentDir);
      store[memoKey] = { key, data, live };
      return data;
    }
  }
  // Threads pay on large content only; readDocuments starts none below its threshold.
  const result = checkContent({
    contentDir: context.contentDir,
    today: context.today,
    threads: availableParallelism(),
    onProgress: options.onProgress,
  });
  const data = toSiteData(result, context.contentDir);
  store[memoKey] = { key, data };
  return data;
}

function toSiteData(result: CheckResult, contentDir: string): SiteData {
  if (!result.graph) {
    // No content could be read: an empty graph keeps pages renderable; the integration stops the build first.
    const empty = buildGraph({
      contentDir,
      config: configSchema.parse({}),
      documents: [],
      sources: new Map(),
      findings: [],
      fatal: [],
      invalidRefs: new Set(),
    });
    return { graph: empty, diagnostics: result.diagnostics, fatal: true };
  }
  const checked = result.graph;
  const documents = checked.documents.filter((d) => d.published);
  const sources = new Map(documents.map((d) => [d.source.key, d.source]));
  const published = buildGraph(
    {
      contentDir,
      config: checked.config,
      kinds: checked.kinds,
      documents,
      sources,
      findings: [],
      fatal: [],
      invalidRefs: new Set(),
    },
    { today: checked.today, withheld: checked.documents.filter((d) => !d.published) },
  );
  return { graph: published, diagnostics: result.diagnostics, fatal: result.fatal };
}
