import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mermaidDist = join(dirname(require.resolve('mermaid/package.json')), 'dist');
const { version } = JSON.parse(readFileSync(join(mermaidDist, '..', 'package.json'), 'utf8')) as { version: string };

/**
 * Where Mermaid's prebuilt ES modules are served from, under the base path. Versioned, so a
 * Mermaid upgrade never meets a stale cached entry module; its chunks carry content hashes already.
 */
export const mermaidFolder = `_throughline/mermaid-${version}`;

/** The URL of Mermaid's entry module on a site with this base path. */
export function mermaidEntryUrl(base: string): string {
  return `${base.replace(/\/?$/, '/')}${mermaidFolder}/mermaid.esm.min.mjs`;
}

/** The files a browser may load: the entry module and its chunks, without source maps. */
function mermaidFiles(): string[] {
  const chunks = join('chunks', 'mermaid.esm.min');
  return [
    'mermaid.esm.min.mjs',
    ...readdirSync(join(mermaidDist, chunks))
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => join(chunks, f)),
  ];
}

/**
 * Copies Mermaid's prebuilt modules into the built site (`astro:build:done`). Copying the
 * published build, rather than bundling Mermaid with the site, keeps several seconds of
 * bundling out of every build and serves the exact files Mermaid ships.
 */
export function copyMermaid(outDir: URL | string): void {
  const target = join(typeof outDir === 'string' ? outDir : fileURLToPath(outDir), mermaidFolder);
  for (const file of mermaidFiles()) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    copyFileSync(join(mermaidDist, file), join(target, file));
  }
}

/** Serves the same files from node_modules in `astro dev` (`astro:server:setup`); returns whether it answered. */
export function serveMermaid(base: string, url: string, response: ServerResponse): boolean {
  const prefix = `${base.replace(/\/?$/, '/')}${mermaidFolder}/`;
  const path = decodedPath(url);
  if (path === undefined || !path.startsWith(prefix)) return false;
  const file = normalize(join(mermaidDist, path.slice(prefix.length)));
  if (!file.startsWith(mermaidDist + sep) || !file.endsWith('.mjs') || !existsSync(file)) return false;
  response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
  response.end(readFileSync(file));
  return true;
}

/** A request's path, percent-decoded; undefined for a malformed escape (`/%E0`), which is then not ours to answer. */
export function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0]!);
  } catch {
    return undefined;
  }
}
