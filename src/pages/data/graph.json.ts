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
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
