import type { APIRoute, GetStaticPaths } from 'astro';
import { context } from 'virtual:throughline/context';
import { siteData } from '../../../../render/data.ts';
import { atomFeed, feedLength } from '../../../../render/exports/atom.ts';
import { checkInEntries, teamKeyResults } from '../../../../render/exports/feeds.ts';
import { absoluteHref } from '../../../../render/hrefs.ts';
import { pathOf } from '../../../../render/urls.ts';

export const getStaticPaths = (() =>
  siteData(context).graph.teams.map((team) => ({ params: { id: team.id } }))) satisfies GetStaticPaths;

/** One team's check-ins as an Atom feed. */
export const GET: APIRoute = ({ site, params }) => {
  const { graph } = siteData(context);
  const team = graph.teamById.get(params.id!)!;
  const link = (path: string) => absoluteHref(path, site);
  const feed = atomFeed({
    key: `feed/teams/${team.id}/check-ins`,
    title: `${team.data.name}: check-ins`,
    link: link(pathOf(team)),
    self: link(`feeds/teams/${team.id}/check-ins.xml`),
    author: graph.config.organisation,
    fallbackUpdated: graph.today,
    entries: checkInEntries(graph, teamKeyResults(graph, team), link, feedLength),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
