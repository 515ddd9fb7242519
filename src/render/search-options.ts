/**
 * Options the site's search hands to Pagefind's client (`pagefind.js`).
 *
 * `noWorker`: search in the page instead of a Web Worker. The worker is a second copy of
 * Pagefind's client (12 KB compressed) that every first query downloads; in the page, a query
 * over the index of 10,000 objectives caused no task over 50 ms in our measurements.
 */
export const pagefindOptions = { noWorker: true } as const;

/** Folders of the two search indexes under the site root (see search-archive.ts). */
export const searchBundles = { recent: 'pagefind/', archive: 'pagefind-archive/' } as const;
