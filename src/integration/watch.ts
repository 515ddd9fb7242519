import type { AstroIntegrationLogger } from 'astro';
import { escapeControls } from '../model/format.ts';
import { loadSiteData, siteContentDir } from '../site/data.ts';
import { invalidateMdxBodies } from './mdx-bodies.ts';

interface DevServer {
  watcher: { add(path: string): void; on(event: string, listener: (path: string) => void): void };
  ws?: { send(payload: { type: 'full-reload' }): void };
  environments?: Record<
    string,
    {
      hot?: { send(payload: { type: 'full-reload' }): void };
      moduleGraph?: { getModuleById(id: string): unknown; invalidateModule(module: never): void };
    }
  >;
}

/**
 * In `astro dev`, content lives outside `src/`, so Vite does not know pages depend on it:
 * watch the folder, rebuild the graph on any change (then call `onChange`) and reload the browser.
 */
export function watchContent(server: DevServer, logger: AstroIntegrationLogger, onChange?: () => void): void {
  const dir = siteContentDir();
  server.watcher.add(dir);
  const reload = (path: string) => {
    if (!path.startsWith(dir)) return;
    logger.info(`content changed: ${escapeControls(path.slice(dir.length + 1))}; rebuilding the graph`);
    const data = loadSiteData({ reload: true });
    const errors = data.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
      logger.warn(
        `${errors.length} content error(s); run \`npm run check\`. First: ${escapeControls(`${errors[0]!.file}:${errors[0]!.line}:${errors[0]!.column} ${errors[0]!.message}`)}`,
      );
    invalidateMdxBodies(server);
    onChange?.();
    const client = server.environments?.client?.hot ?? server.ws;
    client?.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, reload);
}
