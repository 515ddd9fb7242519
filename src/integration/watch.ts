import type { AstroIntegrationLogger } from 'astro';
import { sep } from 'node:path';
import { escapeControls } from '../model/format.ts';
import type { SiteData } from '../render/data.ts';
import { contextModuleId } from './context-module.ts';
import { mdxBodiesModuleId } from './mdx-bodies.ts';

interface ModuleGraph {
  getModuleById(id: string): ModuleNode | undefined;
  invalidateModule(module: ModuleNode, seen?: Set<ModuleNode>, timestamp?: number, isHmr?: boolean): void;
}
interface ModuleNode {
  id: string | null;
}
interface DevServer {
  watcher: { add(path: string): void; on(event: string, listener: (path: string) => void): void };
  ws?: { send(payload: { type: 'full-reload' }): void };
  environments?: Record<
    string,
    {
      hot?: { send(payload: { type: 'full-reload' }): void };
      moduleGraph?: ModuleGraph;
      runner?: { evaluatedModules: { getModuleById(id: string): unknown; invalidateModule(module: never): void } };
    }
  >;
}

/**
 * In `astro dev`, content lives outside `src/`, so Vite does not know pages depend on it:
 * watch the folder; on any change `reload` rebuilds the graph (reading a changed file again
 * alone, every file when one is added or removed) and what is made from it, and
 * says whether the site's context changed (its edit links are configured in the content);
 * pages are then given the new `.mdx` list and context, and the browser reloads.
 */
export function watchContent(
  server: DevServer,
  logger: AstroIntegrationLogger,
  contentDir: string,
  reload: (changed?: readonly string[]) => { data: SiteData; contextChanged: boolean },
): void {
  server.watcher.add(contentDir);
  const onChange = (event: string, path: string) => {
    // The folder itself or inside it: `content-old/` beside `content/` is not content.
    if (path !== contentDir && !path.startsWith(contentDir + sep)) return;
    const key = path
      .slice(contentDir.length + 1)
      .split(sep)
      .join('/');
    logger.info(`content changed: ${escapeControls(key)}; rebuilding the graph`);
    // A changed file is read again alone; an added or removed one means reading everything.
    const { data, contextChanged } = reload(event === 'change' ? [key] : undefined);
    const errors = data.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length)
      logger.warn(
        `${errors.length} content error(s); run \`npm run check\`. First: ${escapeControls(`${errors[0]!.file}:${errors[0]!.line}:${errors[0]!.column} ${errors[0]!.message}`)}`,
      );
    invalidateMdxBodies(server);
    if (contextChanged) rerunModule(server, contextModuleId);
    const client = server.environments?.client?.hot ?? server.ws;
    client?.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, (path) => onChange(event, path));
}

/** Drops the cached `.mdx` list, so added or removed `.mdx` files are seen. */
function invalidateMdxBodies(server: DevServer): void {
  for (const environment of Object.values(server.environments ?? {})) {
    const module = environment.moduleGraph?.getModuleById(mdxBodiesModuleId);
    if (module) environment.moduleGraph!.invalidateModule(module);
  }
}

/**
 * Loads a virtual module again and runs every module importing it again, so pages read its
 * new value: invalidating the module graph alone would leave the server's module runner with
 * the modules it has already evaluated.
 */
function rerunModule(server: DevServer, id: string): void {
  for (const environment of Object.values(server.environments ?? {})) {
    const module = environment.moduleGraph?.getModuleById(id);
    if (!module) continue;
    const invalidated = new Set<ModuleNode>();
    environment.moduleGraph!.invalidateModule(module, invalidated, Date.now(), true);
    const evaluated = environment.runner?.evaluatedModules;
    for (const { id: invalidatedId } of invalidated) {
      const ran = invalidatedId ? evaluated?.getModuleById(invalidatedId) : undefined;
      if (ran) evaluated!.invalidateModule(ran as never);
    }
  }
}
