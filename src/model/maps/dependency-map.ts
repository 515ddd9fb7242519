import { labelCycle } from '../cycles.ts';
import { teamAncestors, type Graph } from '../graph.ts';
import { documentOf, type KeyResult, type Objective } from '../types.ts';
import { MapBuilder } from './builder.ts';
import { mermaidId } from './escape.ts';
import type { DependencyConcern, MapLane, MapNode, MapOptions, StrategyMap } from './map.ts';
import { isRisky, keyResultStatus, objectiveStatus, type GoalStatus } from '../status.ts';

/** One dependency between two objectives of the cycle, with how its provider (objective or key result) is going. */
interface Link {
  consumer: Objective;
  provider: Objective;
  /** What is depended on: the provider objective or one of its key results. */
  target: Objective | KeyResult;
  state: GoalStatus;
  risk: boolean;
}

/**
 * The dependency map of a cycle: one lane per team, the objectives that need or provide something,
 * and a line from each consumer to its provider — thick, red and marked when the provider (the
 * objective or key result depended on) is at risk or off track. Columns follow the chains:
 * consumers on the left, what they wait on further right. When the objectives do not fit under
 * the cap, the map is drawn between teams instead, one line per pair with the number of dependencies.
 */
export function dependencyMap(graph: Graph, cycle: string, options: MapOptions): StrategyMap {
  const builder = new MapBuilder(graph, options, cycle);
  const links = linksOf(graph, cycle);
  const objectives = [...new Set(links.flatMap((l) => [l.consumer, l.provider]))].sort((a, b) =>
    a.source.key < b.source.key ? -1 : 1,
  );
  const id = `map-dependencies-${cycle}`;
  const title = `Dependencies between teams in ${labelCycle(graph, cycle)}`;
  const concerns = concernsOf(graph, links, options);
  if (objectives.length > builder.max) return { ...teamLevel(graph, builder, links, id, title), concerns };
  const columns = depthColumns(
    objectives.map((o) => o.id),
    links.map((l) => [l.consumer.id, l.provider.id] as const),
  );
  const lanes: MapLane[] = [];
  for (const team of graph.teams) {
    const members = objectives.filter((o) => o.data.team === team.id);
    if (!members.length) continue;
    const lane = mermaidId('lane', team.id);
    lanes.push({ id: lane, title: team.data.name, href: options.href(team) });
    for (const objective of members) builder.attach(builder.box(objective, columns.get(objective.id)!, { lane }));
  }
  for (const link of links)
    builder.edge(builder.has(link.consumer)!, builder.has(link.provider)!, 'depends', { risk: link.risk });
  return { ...builder.finish('dependencies', id, title, lanes), concerns };
}

/**
 * What is blocked: every dependency whose provider is off track or cancelled (the consumer is
 * blocked) or at risk, blocked first, then by the consumer's team and title. Listed whether the
 * drawing shows objectives or only teams, so a large company still sees each one.
 */
function concernsOf(graph: Graph, links: readonly Link[], options: MapOptions): DependencyConcern[] {
  const teamName = (id: string) => graph.teamById.get(id)?.data.name ?? id;
  const concerns: DependencyConcern[] = [];
  for (const { consumer, provider, target, state } of links) {
    const level =
      state.status === 'off-track' || state.status === 'cancelled'
        ? 'blocked'
        : state.status === 'at-risk'
          ? 'at-risk'
          : undefined;
    if (!level) continue;
    concerns.push({
      level,
      consumer: { title: consumer.data.title, team: teamName(consumer.data.team), href: options.href(consumer) },
      provider: {
        title: target.data.title,
        team: teamName(provider.data.team),
        href: options.href(target),
        status: state.status,
        progress: state.progress,
      },
    });
  }
  const rank = (c: DependencyConcern) => `${c.level === 'blocked' ? 0 : 1} ${c.consumer.team} ${c.consumer.title}`;
  return concerns.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
}

function linksOf(graph: Graph, cycle: string): Link[] {
  const links: Link[] = [];
  for (const consumer of graph.objectivesByCycle.get(cycle) ?? []) {
    // The map is drawn in team lanes: an objective of a team that is not published has none.
    if (!consumer.published || !graph.teamById.has(consumer.data.team)) continue;
    for (const { ref } of consumer.data.dependsOn) {
      const node = graph.nodes.get(ref);
      if (!node || !documentOf(node).published) continue;
      const provider = node.kind === 'objective' ? node : node.kind === 'key-result' ? node.objective : undefined;
      if (!provider || provider === consumer || !graph.teamById.has(provider.data.team)) continue;
      const state = node.kind === 'key-result' ? keyResultStatus(graph, node) : objectiveStatus(graph, provider);
      links.push({
        consumer,
        provider,
        target: node.kind === 'key-result' ? node : provider,
        state,
        risk: isRisky(state.status),
      });
    }
  }
  return links;
}

/**
 * Column of each id: how many links it is from the start of the longest chain that reaches it
 * (consumers at 0). A loop of dependencies is cut where it closes, so it cannot recurse forever.
 */
function depthColumns(
  ids: readonly string[],
  pairs: readonly (readonly [consumer: string, provider: string])[],
): Map<string, number> {
  const needs = new Map<string, string[]>();
  for (const [consumer, provider] of pairs) {
    const consumers = needs.get(provider);
    if (consumers) consumers.push(consumer);
    else needs.set(provider, [consumer]);
  }
  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (id: string): number => {
    const known = column.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const value = Math.max(-1, ...(needs.get(id) ?? []).map(depth)) + 1;
    visiting.delete(id);
    column.set(id, value);
    return value;
  };
  for (const id of ids) depth(id);
  return column;
}

/** Most boxes a team-level dependency map shows: beyond this, lines between teams no longer read. */
const maxTeams = 24;

/**
 * The team each team is counted under: itself, or its ancestor at the deepest level of the org
 * tree where at most `max` teams take part, so a large company is shown department by department.
 */
function teamGroups(graph: Graph, teams: readonly string[], max: number): Map<string, string> {
  const chains = new Map(teams.map((t) => [t, [t, ...teamAncestors(graph, t).map((a) => a.id)].reverse()]));
  const deepest = Math.max(...[...chains.values()].map((c) => c.length));
  // Depth 2 (the company's direct teams) is the coarsest: above it every dependency is inside the company.
  for (let depth = deepest; depth >= 2; depth--) {
    const groups = new Map([...chains].map(([team, chain]) => [team, chain[Math.min(depth, chain.length) - 1]!]));
    if (new Set(groups.values()).size <= max || depth === 2) return groups;
  }
  return new Map(teams.map((t) => [t, t]));
}

/**
 * Teams (or their parent teams) on two sides: what each needs on the left, what each provides on
 * the right, one line per pair with how many dependencies it carries. Two sides rather than one
 * box per team, because teams depend on each other both ways and a single row of boxes would
 * turn every such pair into a loop.
 */
function teamLevel(graph: Graph, builder: MapBuilder, links: readonly Link[], id: string, title: string): StrategyMap {
  const groupOf = teamGroups(
    graph,
    [...new Set(links.flatMap((l) => [l.consumer.data.team, l.provider.data.team]))],
    Math.min(maxTeams, Math.floor(builder.max / 2)),
  );
  const pairs = new Map<string, { consumer: string; provider: string; count: number; risk: boolean }>();
  const needs = new Map<string, number>();
  const provides = new Map<string, number>();
  for (const link of links) {
    const [consumer, provider] = [groupOf.get(link.consumer.data.team)!, groupOf.get(link.provider.data.team)!];
    if (consumer === provider) continue;
    const pair = pairs.get(`${consumer}>${provider}`) ?? { consumer, provider, count: 0, risk: false };
    pair.count++;
    pair.risk ||= link.risk;
    pairs.set(`${consumer}>${provider}`, pair);
    needs.set(consumer, (needs.get(consumer) ?? 0) + 1);
    provides.set(provider, (provides.get(provider) ?? 0) + 1);
  }
  const teams = graph.teams.filter((t) => t.published && graph.teamById.get(t.id) === t);
  const left = new Map<string, MapNode>();
  const right = new Map<string, MapNode>();
  for (const team of teams) {
    const count = needs.get(team.id);
    if (count) left.set(team.id, builder.box(team, 0, { note: `Needs ${count} from others` }));
  }
  for (const team of teams) {
    const count = provides.get(team.id);
    if (count)
      right.set(
        team.id,
        builder.box(team, 1, { id: mermaidId('team', `${team.id}/provides`), note: `Provides ${count} to others` }),
      );
  }
  for (const box of [...left.values(), ...right.values()]) builder.attach(box);
  for (const pair of pairs.values()) {
    const [from, to] = [left.get(pair.consumer), right.get(pair.provider)];
    if (from && to)
      builder.edge(from, to, 'depends', {
        label: pair.count === 1 ? '1 dependency' : `${pair.count} dependencies`,
        risk: pair.risk,
      });
  }
  const grouped = [...groupOf].some(([team, group]) => team !== group);
  return builder.finish(
    'dependencies',
    id,
    grouped ? `${title}, smaller teams counted under their parent team` : title,
  );
}
