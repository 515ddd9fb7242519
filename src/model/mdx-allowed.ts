import { posix } from 'node:path';

/**
 * Whether a content file may be MDX: its key (path in the content folder) matches one of the
 * `mdx` globs of throughline.yaml. The one test behind both `mdx/not-allowed` and the compiler,
 * so what `check` accepts and what the site compiles can never differ.
 */
export function isMdxAllowed(key: string, globs: readonly string[]): boolean {
  return globs.some((glob) => posix.matchesGlob(key, glob));
}
