// Modules the Throughline integration serves to pages (src/integration/mdx-bodies.ts, context-module.ts).
declare module 'virtual:throughline/mdx-bodies' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  /** A lazy import per published `.mdx` document, keyed by its path in the content folder. */
  export const mdxBodies: Record<string, () => Promise<{ default: AstroComponentFactory }>>;
}

declare module 'virtual:throughline/context' {
  import type { SiteContext } from './render/context.ts';
  /** What this build or dev session renders for: content folder, today, base path, command, edit links. */
  export const context: Readonly<SiteContext>;
}
