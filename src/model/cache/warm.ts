// `check` when no file changed since the cache was written: the content listed and compared with
// the cache's index, its diagnostics given back, and no parser, schema or rule loaded. Anything
// this cannot settle alone (a new, changed or removed file, another configuration, a note to
// give) is left to checkWithCache (./incremental.ts), which gives the same answer the long way.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { configFileName, listMarkdown } from '../content-files.ts';
import { decodeUtf8 } from '../source.ts';
import type { CachedCheckResult } from './incremental.ts';
import {
  cachePaths,
  hashText,
  readIndex,
  readIndexFile,
  writeIndex,
  type CacheStamp,
  type FileEntry,
} from './store.ts';

const root = resolve(import.meta.dirname, '../../..');

/** The cache's folder when neither the command line nor throughline.yaml names one. */
export const defaultCacheDir = 'node_modules/.cache/throughline';

/** What the index says of the kinds: their names, folders and id fields, as stampOf wrote them. */
export type KindPlaces = [kind: string, folder: string, idField: string][];

/** What a run the cache could not answer alone has already read, for checkWithCache to go on from. */
export interface WarmMiss {
  hit: false;
  /** The content's Markdown files, as listMarkdown gave them. */
  listed?: string[];
  /** The index file as read (readIndexFile). */
  parsedIndex?: unknown;
  /** Each file's entry now, against the index read, when every file was known to it. */
  entries?: Record<string, { entry: FileEntry; same: boolean }>;
}

export interface WarmHit extends CachedCheckResult {
  hit: true;
  /** The kinds the cache was made for. */
  kinds: KindPlaces;
  /** Whether a rule reads across documents, from the rule list the cache was made with. */
  crossRule(rule: string): boolean;
}

/** The cached result when the content is exactly as the cache knows it, else what was read to find it is not. */
export function warmHit(options: {
  contentDir: string;
  cwd?: string;
  today?: string;
  /** The cache's folder, relative to the working directory (the default one when absent). */
  cacheDir?: string;
}): WarmHit | WarmMiss {
  const miss: WarmMiss = { hit: false };
  const started = Date.now();
  const cwd = options.cwd ?? process.cwd();
  const contentDir = resolve(cwd, options.contentDir);
  if (!statSync(contentDir, { throwIfNoEntry: false })?.isDirectory()) return miss;
  const configPath = join(contentDir, configFileName);
  const configStat = lstatSync(configPath, { throwIfNoEntry: false });
  if (configStat && !configStat.isFile()) return miss;
  const configText = configStat ? decodeUtf8(readFileSync(configPath), configFileName).text : '';
  // A configuration that may name its own cache folder is read the long way (a key spelt with escapes included).
  if (configText === undefined || configText.includes('cacheDir') || configText.includes('\\')) return miss;
  const paths = cachePaths(resolve(cwd, options.cacheDir ?? defaultCacheDir), contentDir);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let kinds: KindPlaces = [];
  miss.parsedIndex = readIndexFile(paths.index);
  const { index } = readIndex(
    paths.index,
    (written) => {
      try {
        kinds = (JSON.parse(written.place) as [KindPlaces, string])[0];
      } catch {
        kinds = [];
      }
      // The rule list and the kinds are code: the same code hash means the same ones.
      return {
        version: packageVersion(),
        code: codeHash(),
        rules: written.rules,
        config: hashText(configText),
        today,
        place: JSON.stringify([kinds, relative(cwd, contentDir)]),
      } satisfies CacheStamp;
    },
    miss.parsedIndex,
  );
  if (!index || !Array.isArray(kinds) || !kinds.length) return miss;

  const folders = new Set(kinds.map(([, folder]) => folder));
  const top = readdirSync(contentDir);
  if (top.length && !top.includes(configFileName) && !top.some((name) => folders.has(name))) return miss;
  const others: string[] = configStat ? [configFileName] : [];
  const files: string[] = [];
  miss.listed = listMarkdown(contentDir);
  for (const key of miss.listed) {
    if (folders.has(key.split('/')[0]!)) files.push(key);
    else if (key.includes('/') || key.toLowerCase() !== 'readme.md') others.push(key);
  }
  if (others.join('\n') !== index.others.join('\n') || files.length !== Object.keys(index.files).length) return miss;
  const entries: Record<string, FileEntry> = {};
  let rehashed = false;
  let changed = false;
  // Every file is looked at even after a changed one: the long way goes on from these entries.
  miss.entries = {};
  for (const key of files) {
    const cached = index.files[key];
    if (!cached) return miss;
    const now = (miss.entries[key] = entryOf(contentDir, key, cached, index.writtenAt));
    if (!now.same) changed = true;
    if (now.entry !== cached) rehashed = true;
    entries[key] = now.entry;
  }
  if (changed) return miss;
  // Files touched but unchanged (a checkout) are hashed once, then known by their new times.
  if (rehashed) {
    try {
      writeIndex(paths.index, { ...index, files: entries, writtenAt: started });
    } catch {
      // A cache that cannot be updated is only slower next time.
    }
  }
  const scopes = new Map(index.stamp.rules.split(',').map((rule) => [rule.split(':')[0]!, rule.split(':')[2]]));
  return {
    fatal: false,
    diagnostics: [...index.diagnostics],
    notes: [],
    files: others.length + files.length,
    index,
    hit: true,
    parsed: 0,
    crossRan: false,
    kinds,
    crossRule: (rule) => scopes.get(rule) !== 'document',
  };
}

/**
 * A file's entry now, and whether it is the one cached: size and time first, the hash when they
 * moved or the time is too close to the write. A file not cached gets no hash here (see readFresh).
 */
export function entryOf(
  contentDir: string,
  key: string,
  cached: FileEntry | undefined,
  writtenAt: number,
): { entry: FileEntry; same: boolean } {
  const path = join(contentDir, key);
  const { size, mtimeMs } = statSync(path);
  if (cached && cached[0] === size && cached[1] === mtimeMs && mtimeMs < writtenAt - 2000)
    return { entry: cached, same: true };
  // A file the cache does not know is read once, by the run, which hashes the bytes it reads.
  if (!cached) return { entry: [size, mtimeMs, '', null, ''], same: false };
  const hash = hashText(readFileSync(path));
  if (cached?.[2] === hash) return { entry: [size, mtimeMs, hash, cached[3], cached[4]], same: true };
  return { entry: [size, mtimeMs, hash, null, ''], same: false };
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A hash of the code that decides findings: a rule changed in place, unreleased, still invalidates the cache. */
export function codeHash(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) parts.push(path, readFileSync(path, 'utf8'));
    }
  };
  walk(join(root, 'src/model'));
  walk(join(root, 'src/schemas'));
  return hashText(parts.join('\0'));
}
