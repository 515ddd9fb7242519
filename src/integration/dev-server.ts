import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { siteData } from '../render/data.ts';
import type { SiteSession } from './site-session.ts';
import { serveMermaid } from './mermaid-assets.ts';
import { devSearch } from './search-dev.ts';
import { watchContent } from './watch.ts';

/**
 * `astro dev` (`astro:server:setup`): Mermaid's files and the in-memory search indexes are
 * served under the base path, and an edit to the content renews the graph, the context, the
 * search indexes and the browser's page.
 */
export function serveDev(
  server: HookParameters<'astro:server:setup'>['server'],
  logger: AstroIntegrationLogger,
  session: SiteSession,
): void {
  const { base, contentDir } = session.current();
  const search = devSearch(base, () => siteData(session.content).graph, logger);
  server.middlewares.use((request, response, next) => {
    const url = request.url ?? '';
    if (serveMermaid(base, url, response)) return;
    search.serve(url, response).then((served) => served || next(), next);
  });
  watchContent(server, logger, contentDir, (changed) => {
    const reloaded = session.reload(changed);
    search.rebuild();
    return reloaded;
  });
}
