import { resolvePlace } from '../model/positions.ts';
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

/** The 1-based line of a key result's entry (its `- id:` item) in its objective's file. */
export function keyResultLine(kr: KeyResult): number {
  return resolvePlace(kr.objective.source, { path: ['keyResults', kr.index] }).line;
}

/**
 * The one command that adds a check-in to a key result (docs/cli.md), ready to copy: `VALUE` is
 * left for the owner to replace (the command refuses it as it stands, so a stray paste records
 * nothing), with the latest confidence, or `medium`, as a starting point.
 */
export function checkInCommand(kr: KeyResult, confidence = 'medium'): string {
  return `npx throughline checkin ${kr.ref} VALUE --confidence ${confidence}`;
}
