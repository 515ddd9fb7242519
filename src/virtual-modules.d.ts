// Modules the Throughline integration serves to pages (src/integration/mdx-bodies.ts).
declare module 'virtual:throughline/mdx-bodies' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  /** A lazy import per published `.mdx` document, keyed by its path in the content folder. */
  export const mdxBodies: Record<string, () => Promise<{ default: AstroComponentFactory }>>;
}
