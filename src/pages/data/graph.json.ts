import type { APIRoute } from 'astro';
import { context } from 'virtual:throughline/context';
import { siteData } from '../../render/data.ts';
import { graphExport } from '../../render/exports/graph-export.ts';
import { absoluteHref } from '../../render/hrefs.ts';

/** The published graph as open data: no lock-in, and the input of a company's own reports. */
export const GET: APIRoute = ({ site }) => {
  const { graph } = siteData(context);
  const link = (path: string) => absoluteHref(path, site);
  const data = graphExport(graph, link, link('data/graph.schema.json'));
  // Written compact: the file is for programs, and indenting doubles it at 10,000 objectives.
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
