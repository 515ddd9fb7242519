import type { Graph } from '../graph.ts';
import { lineOfSight } from '../line-of-sight.ts';
import { elideMiddle, isElided } from '../elide-middle.ts';
import { documentOf, type GraphNode, type Objective } from '../types.ts';
import { MapBuilder } from './builder.ts';
import type { MapNode, MapOptions, StrategyMap } from './map.ts';
import { isRisky } from '../status.ts';
import { alignmentTargets, growTrees, leaf } from './trees.ts';

/** Options of an objective's neighbourhood map. */
export interface ObjectiveMapOptions extends MapOptions {
  /**
   * Dependencies shown each way before the rest fold into "+N more".
   * @default 10
   */
  maxDependencies?: number;
}

/**
 * An objective's neighbourhood: its line of sight up to the priority, its other alignments, its
 * key results and the objectives aligned to them, and its dependencies both ways (providers it
 * needs, objectives that need it). The objective itself is drawn emphasised.
 */
export function objectiveMap(graph: Graph, objective: Objective, options: ObjectiveMapOptions): StrategyMap {
  const chain = publishedChain(lineOfSight(graph, objective).chain);
  // A priority is rolled up over the cycle of the theme the line passes through (a quarter may trace through its year).
  const theme = chain.find((node) => node.kind === 'theme');
  const builder = new MapBuilder(graph, options, theme?.kind === 'theme' ? theme.brief.id : objective.data.cycle);
  let above: { box: MapNode; node: GraphNode } | undefined;
  elideMiddle(chain, chainTop, chainNear).forEach((step, level) => {
    // The middle of a chain longer than any company's: one "+N more" box, linking up the chain.
    const box = isElided(step)
      ? builder.more(above!.box, above!.node, step.elided, 'line-of-sight', level)
      : builder.box(step, level, step === objective ? { focus: true, tag: 'This page' } : {});
    if (above) builder.edge(above.box, box, !isElided(step) && step.kind === 'key-result' ? 'measures' : 'aligns');
    builder.attach(box, above?.box);
    above = isElided(step) ? { box, node: above!.node } : { box, node: step };
  });
  const self = builder.has(objective)!;
  // Alignments beyond the line of sight: the other parents, one column to the left.
  for (const target of alignmentTargets(graph, objective)) {
    const parent = builder.has(target) ?? builder.box(target, Math.max(0, self.level - 1));
    builder.edge(parent, self, 'aligns');
  }
  dependencies(graph, builder, objective, self, options.maxDependencies ?? 10);
  const item = leaf(objective);
  growTrees(graph, [item], { cycle: undefined, keyResults: true, placed: new Set([objective.id]), depth: 1 });
  builder.addTree(item.children, self.level + 1, self, options.moreHref?.(objective) ?? options.href(objective));
  // An objective aligned to two of its key results sits under the first; the second gets a line.
  builder.alignments();
  return builder.finish('objective', `map-objective-${objective.id}`, `Neighbourhood of ${objective.data.title}`);
}

/**
 * Of a line of sight, the steps drawn at its top (priority, theme, company objective) and nearest
 * the objective; a longer chain's middle folds into one "+N more" box, so no map grows with the
 * depth of the chain and no page repeats all of it.
 */
const chainTop = 3;
const chainNear = 6;

/** The line of sight from the highest published node down; a draft in the middle cuts what is above it. */
function publishedChain(chain: readonly GraphNode[]): GraphNode[] {
  const cut = chain.findLastIndex((node) => !documentOf(node).published);
  return cut === chain.length - 1 ? chain.slice(-1) : chain.slice(cut + 1);
}

function dependencies(graph: Graph, builder: MapBuilder, objective: Objective, self: MapNode, max: number): void {
  const providers: GraphNode[] = [];
  for (const { ref } of objective.data.dependsOn) {
    const node = graph.nodes.get(ref);
    if (
      node &&
      (node.kind === 'objective' || node.kind === 'key-result') &&
      documentOf(node).published &&
      !providers.includes(node)
    )
      providers.push(node);
  }
  const dependents = [...new Set((graph.dependents.get(objective.id) ?? []).map((d) => d.objective))].filter(
    (o) => o.published && o !== objective,
  );
  // Both kinds sit in the objective's own column, below it: lines arc out to the right.
  providers.slice(0, max).forEach((node) => {
    const box = builder.box(node, self.level);
    builder.edge(self, box, 'depends', { risk: isRisky(box.status) });
  });
  if (providers.length > max)
    builder.edge(self, builder.more(self, objective, providers.length - max, 'providers', self.level), 'depends');
  dependents.slice(0, max).forEach((dependent) => {
    const box = builder.box(dependent, self.level);
    builder.edge(box, self, 'depends', { risk: isRisky(self.status) });
  });
  if (dependents.length > max)
    builder.edge(builder.more(self, objective, dependents.length - max, 'dependents', self.level), self, 'depends');
}
