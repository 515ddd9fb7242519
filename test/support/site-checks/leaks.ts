import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './html.ts';

/** A file of a built site that contains a string it must not. */
export interface Leak {
  file: string;
  needle: string;
}

/**
 * Searches every file of a built site for strings, case-insensitively, including inside
 * gzip-compressed files: Pagefind's index and fragments are stored compressed, so a plain
 * search of the folder would miss what its search results show.
 */
export function findLeaks(dir: string, needles: readonly string[]): Leak[] {
  const wanted = needles.map((needle) => needle.toLowerCase());
  const leaks: Leak[] = [];
  for (const file of listFiles(dir)) {
    const text = readableText(readFileSync(join(dir, file))).toLowerCase();
    for (const needle of wanted) if (text.includes(needle)) leaks.push({ file, needle });
  }
  return leaks;
}

/** The bytes of a file as text, decompressed first when they are gzip. */
export function readableText(bytes: Buffer): string {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes).toString('utf8');
    } catch {
      // Not gzip after all; search the raw bytes.
    }
  }
  return bytes.toString('utf8');
}
