import { resolvePlace } from '../model/positions.ts';
import { memoOnSource, type SourceFile } from '../model/source.ts';
import type { KeyResult } from '../model/types.ts';

/**
 * The git host's view of a file at a line, from its "edit" URL: GitLab's `…/-/edit/<ref>/…`
 * becomes `…/-/blob/<ref>/…#L<n>`, GitHub's (and Gitea's, Forgejo's) `…/edit/<ref>/…` becomes
 * `…/blob/<ref>/…#L<n>` — the blob view with a line anchor, from which the host's own edit button
 * opens the file. Any other URL gives undefined: no host is guessed, and the page keeps its
 * footer's "Edit this page" link to the whole file.
 */
export function blobLineUrl(editFileUrl: string, line: number): string | undefined {
  const url = URL.canParse(editFileUrl) ? new URL(editFileUrl) : undefined;
  if (!url) return undefined;
  const gitlab = url.pathname.indexOf('/-/edit/');
  const github = url.pathname.indexOf('/edit/');
  if (gitlab !== -1) url.pathname = `${url.pathname.slice(0, gitlab)}/-/blob/${url.pathname.slice(gitlab + 8)}`;
  else if (github !== -1) url.pathname = `${url.pathname.slice(0, github)}/blob/${url.pathname.slice(github + 6)}`;
  else return undefined;
  url.hash = `L${line}`;
  return url.href;
}

const itemLinesKey = Symbol.for('throughline.key-result-lines');

/**
 * The first line of each item of a block-style `keyResults:` list, from one scan of the
 * frontmatter's lines: every objective page asks for every key result's line, and a YAML parse
 * with positions per file costs more than the rest of the page.
 */
function keyResultItemLines(source: SourceFile): number[] {
  return memoOnSource(source, itemLinesKey, () => {
    const lines = source.frontmatter.split('\n');
    const items: number[] = [];
    let inList = false;
    let indent = -1;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!inList) {
        inList = /^keyResults:\s*(#.*)?$/.test(line);
        continue;
      }
      if (/^\S/.test(line) && !line.startsWith('#')) break;
      const item = /^( *)- /.exec(line);
      if (!item) continue;
      if (indent === -1) indent = item[1]!.length;
      if (item[1]!.length === indent) items.push(source.frontmatterLine + i);
    }
    return items;
  });
}

/** The 1-based line of a key result's entry (its `- id:` item) in its objective's file. */
export function keyResultLine(kr: KeyResult): number {
  const items = keyResultItemLines(kr.objective.source);
  // A list written another way (flow style, anchors): the YAML parser with positions decides.
  const count = kr.objective.data.keyResults.length;
  return items.length === count
    ? items[kr.index]!
    : resolvePlace(kr.objective.source, { path: ['keyResults', kr.index] }).line;
}

/**
 * The one command that adds a check-in to a key result (docs/cli.md), ready to copy: `VALUE` is
 * left for the owner to replace (the command refuses it as it stands, so a stray paste records
 * nothing), with the latest confidence, or `medium`, as a starting point.
 */
export function checkInCommand(kr: KeyResult, confidence = 'medium'): string {
  return `npx throughline checkin ${kr.ref} VALUE --confidence ${confidence}`;
}
