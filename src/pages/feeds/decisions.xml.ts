import type { APIRoute } from 'astro';
import { context } from 'virtual:throughline/context';
import { siteData } from '../../render/data.ts';
import { atomFeed } from '../../render/exports/atom.ts';
import { decisionEntries } from '../../render/exports/feeds.ts';
import { absoluteHref } from '../../render/hrefs.ts';

/** The decision log as an Atom feed: a decision a reader follows shows up in their feed reader. */
export const GET: APIRoute = ({ site }) => {
  const { graph } = siteData(context);
  const link = (path: string) => absoluteHref(path, site);
  const feed = atomFeed({
    key: 'feed/decisions',
    title: `${graph.config.organisation}: decisions`,
    subtitle: 'Decisions as they are logged, with what they change',
    link: link('decisions/'),
    self: link('feeds/decisions.xml'),
    author: graph.config.organisation,
    fallbackUpdated: graph.today,
    entries: decisionEntries(graph, graph.decisions, link),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
