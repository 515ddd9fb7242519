import { labelCycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import type { Team } from '../types.ts';
import { MapBuilder, refOfEntry, type Entry } from './builder.ts';
import type { TreeItem } from './cap.ts';
import type { MapOptions, StrategyMap } from './map.ts';
import { alignmentTargets, growTrees, leaf } from './trees.ts';

/**
 * A team's map for one cycle: its objectives in the middle, what they align to on the left (themes,
 * objectives and key results of the teams above) and the objectives aligned to them on the right.
 * Families too large for the cap fold into "+N more" boxes that link to the objective's page.
 */
export function teamMap(graph: Graph, team: Team, cycle: string, options: MapOptions): StrategyMap {
  const builder = new MapBuilder(graph, options, cycle);
  const objectives = (graph.objectivesByTeam.get(team.id) ?? []).filter((o) => o.published && o.data.cycle === cycle);
  const roots: TreeItem<Entry>[] = [];
  const byParent = new Map<string, TreeItem<Entry>>();
  const items: TreeItem<Entry>[] = [];
  for (const objective of objectives) {
    const item = leaf(objective);
    items.push(item);
    const parent = alignmentTargets(graph, objective)[0];
    if (!parent) {
      roots.push({ value: { ...item.value, level: 1 }, children: item.children });
      continue;
    }
    let root = byParent.get(refOfEntry(parent));
    if (!root) {
      root = leaf(parent);
      byParent.set(refOfEntry(parent), root);
      roots.push(root);
    }
    root.children.push(item);
  }
  growTrees(graph, items, { cycle, keyResults: false, placed: new Set(objectives.map((o) => o.id)), depth: 1 });
  builder.addTree(roots, 0);
  for (const objective of objectives) {
    const box = builder.has(objective);
    if (!box) continue;
    // Second and later alignments: the parent joins the left column if it is not there yet.
    for (const target of alignmentTargets(graph, objective).slice(1)) {
      if (builder.size >= builder.max && !builder.has(target)) continue;
      builder.edge(builder.box(target, 0), box, 'aligns');
    }
  }
  // Objectives aligned to two of the team's objectives or key results: the second gets a line.
  builder.alignments();
  // The team's own objectives are the page's subject: marked, and the drawing opens on them.
  for (const objective of objectives) Object.assign(builder.has(objective) ?? {}, { focus: true, tag: 'This team' });
  return builder.finish(
    'team',
    `map-team-${team.id}-${cycle}`,
    `${team.data.name}: objectives of ${labelCycle(graph, cycle)}`,
  );
}
