/**
 * Options the site's search hands to Pagefind's client (`pagefind.js`).
 *
 * `noWorker`: search in the page instead of a Web Worker. The worker is a second copy of
 * Pagefind's client (12 KB compressed) that every first query downloads; in the page, a query
 * over the index of 10,000 objectives caused no task over 50 ms in our measurements.
 *
 * `ranking`: a word of a document's title counts ten times a word of its text (Pagefind
 * searches a record's metadata too, the title at 5 by default), so "single sign-on" finds the
 * decision named so before every page that says "single" and "sign"; names (owner, team,
 * deciders) count as much as a word of the text, and the kind, progress and dates not at all,
 * so "objective" or "48" find nothing by them. A lower `pageLength` (0.75 by default) stops
 * short pages, such as a person's, outranking a brief that is about the query throughout.
 * test/e2e/search-quality.test.ts holds the queries these were tuned on.
 */
export const pagefindOptions = {
  noWorker: true,
  ranking: { pageLength: 0.3, metaWeights: { title: 10, kind: 0, progress: 0, date: 0 } },
} as const;

/** Folders of the two search indexes under the site root (see search-archive.ts). */
export const searchBundles = { recent: 'pagefind/', archive: 'pagefind-archive/' } as const;
