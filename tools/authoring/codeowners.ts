import { rootTeams, type Graph } from '../../src/model/graph.ts';

/** A CODEOWNERS file and the people it could not name. */
export interface Codeowners {
  text: string;
  /** Person ids with neither a `handle` nor an `email` in the people registry. */
  unmapped: string[];
}

/**
 * CODEOWNERS from the team tree: each team's file and objective folders to its lead, each
 * priority and brief to its owner, each person to their team's lead, each decision to its
 * deciders, and everything else (throughline.yaml included) to the company's lead. People are
 * named by their `handle` (`@handle`), else their `email`. `prefix` is the content folder's path
 * in the repository (config `contentPath`). Later lines win, so the catch-all comes first.
 */
export function codeownersFor(graph: Graph, prefix: string): Codeowners {
  const base = `/${prefix.replace(/^\.?\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const unmapped = new Set<string>();
  const people = new Map(graph.people.map((person) => [person.id, person.data]));
  const owner = (id: string | undefined): string | undefined => {
    if (!id) return undefined;
    const person = people.get(id);
    const named = person?.handle ? `@${person.handle}` : person?.email;
    if (!named) unmapped.add(id);
    return named;
  };
  const lines: string[] = [
    '# Written by `throughline codeowners` from the team tree and the people registry; run it',
    '# again after a change to teams, people, priorities, briefs or decisions. The last matching',
    '# line decides who reviews a file.',
  ];
  const rule = (path: string, ids: (string | undefined)[]) => {
    const owners = [...new Set(ids.map(owner).filter((o): o is string => !!o))];
    const pattern = base + path.replace(/([\s#\\])/g, '\\$1');
    lines.push(
      owners.length ? `${pattern} ${owners.join(' ')}` : `# ${pattern} (no handle or email for ${ids.join(', ')})`,
    );
  };
  const section = (title: string) => lines.push('', `# ${title}`);

  const company = rootTeams(graph)[0];
  section('Everything else, throughline.yaml included: the company');
  rule('', [company?.data.lead]);
  section('Strategic priorities and briefs: their owners');
  for (const priority of graph.priorities) rule(priority.source.key, [priority.data.owner]);
  for (const brief of graph.briefs) if (brief.data.owner) rule(brief.source.key, [brief.data.owner]);
  section("Teams: the team's page and its objectives in every cycle, to its lead");
  for (const team of graph.teams) {
    rule(team.source.key, [team.data.lead]);
    rule(`okrs/*/${team.id}/`, [team.data.lead]);
  }
  const strays = graph.objectives.filter((objective) => objective.source.key.split('/')[2] !== objective.data.team);
  if (strays.length) {
    section("Objectives outside their team's folder: the team's lead");
    for (const objective of strays) rule(objective.source.key, [graph.teamById.get(objective.data.team)?.data.lead]);
  }
  section("People: their team's lead");
  for (const person of graph.people) {
    const lead = graph.teamById.get(person.data.team ?? '')?.data.lead;
    if (lead) rule(person.source.key, [lead]);
  }
  section('Decisions: their deciders');
  for (const decision of graph.decisions) rule(decision.source.key, decision.data.deciders);
  return { text: `${lines.join('\n')}\n`, unmapped: [...unmapped].sort() };
}
