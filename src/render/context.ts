/**
 * What every page of one build (or one `astro dev` session) is rendered for: decided once by the
 * integration from its options, Astro's configuration and the content's `throughline.yaml`,
 * and handed to pages as `virtual:throughline/context`. Plain data, so it can be written into
 * that module; the graph is made from it by `siteData(context)`.
 */
export interface SiteContext {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The date pages treat as today (YYYY-MM-DD); absent: the real date. */
  today?: string;
  /** The path the site is served under, ending in `/`. */
  base: string;
  /** `dev` while `astro dev` serves the pages, `build` when they are written to disk. */
  command: 'dev' | 'build';
  /** The content folder's URL on the git host, a file's path appended to edit it; absent: no edit links. */
  editFolderUrl?: string;
}

/** The part of the context the content's graph depends on. */
export type ContentContext = Pick<SiteContext, 'contentDir' | 'today'>;
