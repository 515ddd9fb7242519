import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './html.ts';

/** One way two builds differ. */
export interface TreeDifference {
  /** Path relative to both folders. */
  file: string;
  kind: 'only-in-first' | 'only-in-second' | 'content';
  /** For `content`: where the bytes first differ, with a little of each side. */
  detail?: string;
}

export interface CompareOptions {
  /** Paths (relative, forward slashes) that may differ; each exclusion needs a reason where it is used. */
  ignore?: (file: string) => boolean;
}

/** Compares two folders byte for byte: same files, same contents. */
export function compareTrees(first: string, second: string, options: CompareOptions = {}): TreeDifference[] {
  const ignore = options.ignore ?? (() => false);
  const a = listFiles(first).filter((file) => !ignore(file));
  const b = new Set(listFiles(second).filter((file) => !ignore(file)));
  const differences: TreeDifference[] = [];
  for (const file of a) {
    if (!b.delete(file)) {
      differences.push({ file, kind: 'only-in-first' });
      continue;
    }
    const left = readFileSync(join(first, file));
    const right = readFileSync(join(second, file));
    if (!left.equals(right)) differences.push({ file, kind: 'content', detail: firstDifference(left, right) });
  }
  for (const file of b) differences.push({ file, kind: 'only-in-second' });
  return differences;
}

/** `file: differs at byte N: "…first…" vs "…second…"`. */
export function formatDifference(difference: TreeDifference): string {
  if (difference.kind === 'content') return `${difference.file}: ${difference.detail}`;
  return `${difference.file}: only in the ${difference.kind === 'only-in-first' ? 'first' : 'second'} build`;
}

function firstDifference(left: Buffer, right: Buffer): string {
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  const excerpt = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, i - 30), i + 50).toString('utf8'));
  return `differs at byte ${i} (${left.length} vs ${right.length} bytes): ${excerpt(left)} vs ${excerpt(right)}`;
}
