import type { APIRoute } from 'astro';
import { graphExportJsonSchema } from '../../schemas/graph-export.ts';

/** The JSON Schema of /data/graph.json, beside it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(graphExportJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
