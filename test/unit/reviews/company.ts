import type { Graph } from '../../../src/model/graph.ts';
import type { Objective } from '../../../src/model/types.ts';
import { checkFiles } from '../../support/content-fixtures.ts';

/** The day the review tests read the company on: week 8 of 2026-Q4. */
export const today = '2026-11-24';

/** An objective file: frontmatter lines after the common fields. */
export const objective = (id: string, team: string, cycle: string, lines: string) =>
  `---\nid: ${id}\ntitle: ${id}\ncycle: ${cycle}\nteam: ${team}\nowner: jon-park\n${lines}---\n`;

const marketing = '---\nid: marketing\nname: Marketing\nparent: company\nlead: maria-okafor\n---\n';

/** The valid fixture company with a marketing team beside sales, and the files a test adds. */
export function companyWith(name: string, files: Record<string, string>, on = today): Graph {
  const { result } = checkFiles(`reviews-${name}`, { 'teams/marketing.md': marketing, ...files }, { today: on });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => `${d.file}: ${d.message}`).join('\n'));
  return result.graph!;
}

/** The objective of an id. */
export const find = (graph: Graph, id: string): Objective => graph.objectives.find((o) => o.id === id)!;
