import { labelCycle } from '../cycles.ts';
import type { Graph } from '../graph.ts';
import type { Objective, Priority, Theme } from '../types.ts';
import { MapBuilder, type Entry, type Virtual } from './builder.ts';
import type { TreeItem } from './cap.ts';
import type { MapOptions, StrategyMap } from './map.ts';
import { alignmentTargets, forestSize, growTrees, leaf } from './trees.ts';

/** Options of the cycle strategy map. */
export interface CycleMapOptions extends MapOptions {
  /**
   * Key results as a finer level under their objectives. `auto` shows them when the whole map,
   * key results included, fits under the cap.
   * @default 'auto'
   */
  keyResults?: boolean | 'auto';
}

/**
 * The strategy map of a cycle: priorities → themes of its brief → company objectives → department
 * and team objectives (key results as a finer level), each box with its status and progress and a
 * link to its page. Objectives of the cycle that trace to none of the brief's themes are gathered
 * under a "Not traced to the brief" box, so gaps in line of sight show on the map.
 */
export function cycleMap(graph: Graph, cycle: string, options: CycleMapOptions): StrategyMap {
  const builder = new MapBuilder(graph, options, cycle);
  const objectives = (graph.objectivesByCycle.get(cycle) ?? []).filter((o) => o.published);
  const want = options.keyResults ?? 'auto';
  let forest = forestFor(graph, cycle, objectives, want !== false);
  if (want === 'auto' && forestSize(forest) > builder.max) forest = forestFor(graph, cycle, objectives, false);
  const brief = graph.briefByCycle.get(cycle);
  builder.addTree(forest, 0, undefined, options.overflowHref ?? (brief?.published ? options.href(brief) : undefined));
  // Second and later alignments of an objective, where both ends are on the map.
  builder.alignments();
  return builder.finish(
    'cycle',
    `map-cycle-${cycle}`,
    `Strategy map of ${labelCycle(graph, cycle)}${brief?.published ? `: ${brief.data.title}` : ''}`,
  );
}

/** Priorities with their themes as roots, then the "not traced" group, all grown into trees. */
function forestFor(
  graph: Graph,
  cycle: string,
  objectives: readonly Objective[],
  keyResults: boolean,
): TreeItem<Entry>[] {
  const brief = graph.briefByCycle.get(cycle);
  const themes = brief?.published ? graph.themes.filter((t) => t.brief === brief) : [];
  const roots: TreeItem<Entry>[] = [];
  const byPriority = new Map<string, TreeItem<Entry>>();
  const themeItems: TreeItem<Entry>[] = [];
  for (const theme of themes) {
    const item = leaf(theme);
    themeItems.push(item);
    const priority = priorityOf(graph, theme);
    if (!priority) {
      // A theme whose priority is missing or unpublished still shows, in the themes' column.
      roots.push({ value: { ...item.value, level: 1 }, children: item.children });
      continue;
    }
    let root = byPriority.get(priority.id);
    if (!root) {
      root = leaf(priority);
      byPriority.set(priority.id, root);
      roots.push(root);
    }
    root.children.push(item);
  }
  const placed = new Set<string>();
  const options = { cycle, keyResults, placed };
  growTrees(graph, themeItems, options);
  const untraced = objectives.filter((o) => !placed.has(o.id));
  if (untraced.length) roots.push(unalignedGroup(graph, cycle, untraced, options));
  return roots;
}

/** Untraced objectives under one box: the top-most ones first, with what aligns to them below. */
function unalignedGroup(
  graph: Graph,
  cycle: string,
  untraced: readonly Objective[],
  options: Parameters<typeof growTrees>[2],
): TreeItem<Entry> {
  const group: Virtual = { kind: 'unaligned', ref: cycle, title: 'Not traced to the brief' };
  const root: TreeItem<Entry> = { value: { node: group, edge: 'aligns', level: 1 }, children: [] };
  const pending = new Set(untraced.map((o) => o.id));
  const tops = untraced.filter(
    (o) =>
      !alignmentTargets(graph, o).some((t) =>
        t.kind === 'objective' ? pending.has(t.id) : t.kind === 'key-result' && pending.has(t.objective.id),
      ),
  );
  // Objectives caught in an alignment loop have no top; they hang directly under the group.
  for (const objective of [...tops, ...untraced]) {
    if (options.placed.has(objective.id)) continue;
    options.placed.add(objective.id);
    const item = leaf(objective);
    root.children.push(item);
    growTrees(graph, [item], options);
  }
  return root;
}

function priorityOf(graph: Graph, theme: Theme): Priority | undefined {
  const node = graph.nodes.get(theme.data.priority);
  return node?.kind === 'priority' && node.published ? node : undefined;
}
