import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from '../model/check.ts';
import { buildGraph, type Graph } from '../model/graph.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { configSchema } from '../schemas/config.ts';

/** Everything the site renders from: built once per process, shared by the integration and every page. */
export interface SiteData {
  /** Published documents only: drafts and restricted documents are absent, so no page can leak them. */
  graph: Graph;
  /** The full graph, drafts included, as `check` sees it. Never render from it. */
  checkedGraph: Graph;
  /** Every problem `check` reports for the content (the build stops before rendering on errors). */
  diagnostics: Diagnostic[];
  fatal: boolean;
  /** Absolute path of the content folder. */
  contentDir: string;
}

/** The content folder the site builds: `THROUGHLINE_CONTENT`, else `content/` in the working directory. */
export function siteContentDir(): string {
  return resolve(process.env.THROUGHLINE_CONTENT || 'content');
}

/** The date pages treat as today: `THROUGHLINE_TODAY` (for reproducible builds and tests), else the real date. */
export function siteToday(): string | undefined {
  return process.env.THROUGHLINE_TODAY || undefined;
}

// Kept on globalThis: the integration (loaded by Node) and the pages (bundled by Vite) import
// separate copies of this module within one build process, and both must share one graph.
const cacheKey = Symbol.for('throughline.site-data');
type Cache = { key: string; data: SiteData };
const store = globalThis as typeof globalThis & { [cacheKey]?: Cache };

/** Loads, checks and indexes the content once per process (and again only when asked, e.g. after an edit in dev). */
export function loadSiteData(options: { reload?: boolean } = {}): SiteData {
  const contentDir = siteContentDir();
  const today = siteToday();
  const key = `${contentDir}\0${today ?? ''}`;
  const cached = store[cacheKey];
  if (cached && cached.key === key && !options.reload) return cached.data;
  // Threads pay on large content only; readDocuments starts none below its threshold.
  const result: CheckResult = checkContent({ contentDir, today, threads: availableParallelism() });
  const data = toSiteData(result, contentDir);
  store[cacheKey] = { key, data };
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
    return { graph: empty, checkedGraph: empty, diagnostics: result.diagnostics, fatal: true, contentDir };
  }
  const checked = result.graph;
  const documents = checked.documents.filter((d) => d.published);
  const sources = new Map(documents.map((d) => [d.source.key, d.source]));
  const published = buildGraph(
    { contentDir, config: checked.config, documents, sources, findings: [], fatal: [], invalidRefs: new Set() },
    { today: checked.today, withheld: checked.documents.filter((d) => !d.published) },
  );
  return { graph: published, checkedGraph: checked, diagnostics: result.diagnostics, fatal: result.fatal, contentDir };
}
