// Which files a content folder holds, and how they are shown: no parsing, so a run that finds
// them all unchanged in its cache loads nothing else.
import { readdirSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** The name of the configuration file at the root of the content folder. */
export const configFileName = 'throughline.yaml';

export function displayPathOf(contentDir: string, key: string, cwd: string): string {
  return relative(cwd, join(contentDir, key)).split(sep).join('/');
}

/**
 * displayPathOf for many keys: one `relative` call, unless the working directory is inside the
 * content folder (`..` only: a key may then lead back down into it) or on another drive.
 */
export function displayPathsOf(contentDir: string, cwd: string): (key: string) => string {
  const prefix = relative(cwd, contentDir).split(sep).join('/');
  if (/^\.\.(?:\/\.\.)*$/.test(prefix) || isAbsolute(prefix)) return (key) => displayPathOf(contentDir, key, cwd);
  return prefix ? (key) => `${prefix}/${key}` : (key) => key;
}

/** Markdown files under the content folder, sorted, as forward-slash keys; dot-folders and node_modules are skipped. */
export function listMarkdown(contentDir: string): string[] {
  const keys: string[] = [];
  // A walk by hand: on thousands of folders it is several times faster than readdir's `recursive`.
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.isFile() && /\.mdx?$/.test(entry.name)) keys.push(prefix + entry.name);
    }
  };
  walk(contentDir, '');
  return keys.sort();
}
