import type { APIRoute } from 'astro';
import { context } from 'virtual:throughline/context';
import { siteData } from '../../render/data.ts';
import { atomFeed, feedLength } from '../../render/exports/atom.ts';
import { checkInEntries } from '../../render/exports/feeds.ts';
import { absoluteHref } from '../../render/hrefs.ts';

/** Every key result's check-ins as an Atom feed, newest first: the weekly movement without opening the site. */
export const GET: APIRoute = ({ site }) => {
  const { graph } = siteData(context);
  const link = (path: string) => absoluteHref(path, site);
  const feed = atomFeed({
    key: 'feed/check-ins',
    title: `${graph.config.organisation}: check-ins`,
    subtitle: 'Each key result check-in: the value, the change since the last one, confidence and note',
    link: link(''),
    self: link('feeds/check-ins.xml'),
    author: graph.config.organisation,
    fallbackUpdated: graph.today,
    entries: checkInEntries(graph, graph.keyResults, link, feedLength),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
