import type { APIRoute } from 'astro';
import { context } from 'virtual:throughline/context';
import { keyResultsCsv } from '../../render/exports/key-results-csv.ts';
import { siteData } from '../../render/data.ts';

/** Every published key result as a spreadsheet with the columns `npm run import` reads. */
export const GET: APIRoute = () =>
  // A byte-order mark, so Excel reads the file as UTF-8.
  new Response(`\ufeff${keyResultsCsv(siteData(context).graph)}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
