import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/model/graph.ts';
import { noContent, type ExistingContent } from './plan-types.ts';

/** What a content folder's graph holds, as the import matches against it; an empty folder has nothing. */
export function existingContent(contentDir: string, graph: Graph | undefined): ExistingContent {
  const existing = noContent();
  existing.hasConfig = existsSync(join(contentDir, 'throughline.yaml'));
  if (!graph) return existing;
  existing.calendar = { startMonth: graph.config.fiscalYearStartMonth, namedBy: graph.config.fiscalYearNamedBy };
  for (const key of graph.sources.keys()) existing.paths.add(key);
  for (const key of graph.nodes.keys()) existing.refs.add(key);
  for (const id of graph.documentsById.keys()) existing.refs.add(id);
  for (const { data } of graph.teams) existing.teams.push({ id: data.id, name: data.name, parent: data.parent });
  for (const { data } of graph.people) existing.people.push({ id: data.id, name: data.name, email: data.email });
  for (const objective of graph.objectives)
    existing.objectives.push({
      id: objective.id,
      title: objective.data.title,
      cycle: objective.data.cycle,
      team: objective.data.team,
      path: objective.source.key,
      keyResults: (graph.keyResultsOf.get(objective.id) ?? []).map((kr) => ({ ref: kr.ref, title: kr.data.title })),
    });
  for (const theme of graph.themes) existing.themes.push({ ref: theme.ref, title: theme.data.title });
  return existing;
}

/** Whether a folder exists and holds anything. */
export function hasFiles(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).length > 0;
}
