import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A person of the sample company, so owners and leads resolve. */
export const owner = 'amara-osei';
/** The sample company's current quarter. */
export const cycle = '2026-Q4';

/** Writes one file under a content folder, creating its folders. */
export function put(content: string, path: string, text: string): void {
  const file = join(content, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A team document. */
export function team(id: string, parent: string | undefined): string {
  return `---\nid: ${id}\nname: "Team ${id}"\n${parent ? `parent: ${parent}\n` : ''}lead: ${owner}\n---\n`;
}

/** An objective document of the current quarter; `extra` is more frontmatter, `body` the Markdown after it. */
export function objective(
  id: string,
  teamId: string,
  alignsTo: readonly string[],
  options: { title?: string; extra?: string; body?: string } = {},
): string {
  const aligns = alignsTo.length ? `alignsTo:\n${alignsTo.map((ref) => `  - ${ref}\n`).join('')}` : '';
  return `---\nid: ${id}\ntitle: ${JSON.stringify(options.title ?? `Objective ${id}`)}\ncycle: ${cycle}\nteam: ${teamId}\nowner: ${owner}\nstatus: active\n${aligns}${options.extra ?? ''}---\n${options.body ?? ''}`;
}

/** Zero-padded, so file names sort in the order given (documents are read in path order). */
export function pad(n: number, width = 5): string {
  return String(n).padStart(width, '0');
}
