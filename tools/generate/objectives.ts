import type { Cycle } from '../../src/model/cycles.ts';
import { generateKeyResults } from './key-results.ts';
import { dependencyWhy, initiativeTemplates, objectiveTemplates, objectiveWhy, retrospectives } from './okr-words.ts';
import type { GeneratedTeam, IdRegistry } from './org.ts';
import type { Random } from './random.ts';
import type { DraftDocument, GeneratedBrief } from './strategy.ts';

export interface GeneratedObjective {
  id: string;
  title: string;
  team: GeneratedTeam;
  /** Drafts are never aligned to, depended on or decided about. */
  draft: boolean;
  cancelled: boolean;
  keyResults: string[];
  document: DraftDocument;
}

export interface CycleInput {
  brief: GeneratedBrief;
  /** Closed cycles are graded; the current one is checked in up to today. */
  closed: boolean;
  today: string;
  /** Teams in breadth-first order with how many objectives each has this cycle. */
  counts: Map<GeneratedTeam, number>;
}

/** Every objective of one cycle, parents before children, each aligned up the tree. */
export function generateCycleObjectives(random: Random, ids: IdRegistry, input: CycleInput): GeneratedObjective[] {
  const { brief, closed, counts } = input;
  const { cycle } = brief;
  const key = `${cycle.id.slice(2, 4)}${cycle.id.slice(5).toLowerCase()}`;
  const byTeam = new Map<GeneratedTeam, GeneratedObjective[]>();
  const all: GeneratedObjective[] = [];
  // What bodies call the goal they contribute to.
  const titles = new Map(brief.themes.map((theme) => [theme.ref, theme.text.title]));
  for (const [team, count] of counts) {
    const company = !team.parent;
    const templates = company
      ? companyObjectives(brief, count)
      : random.sample(objectiveTemplates, count).map((template) => ({ ...template, themes: [] }));
    const list = templates.map((template) => {
      const prefix = `${team.id}-${key}-`;
      const id = ids.claim(`${prefix}${template.slug}`);
      const title = template.title.replace('{area}', team.area);
      const alignsTo = company ? themesFor(random, brief, template.themes[0]!) : parentsFor(random, team, byTeam);
      const path = `okrs/${cycle.id}/${team.id}/${id.slice(prefix.length)}.md`;
      const made = objective(random, {
        id,
        path,
        title,
        team,
        cycle,
        closed,
        today: input.today,
        alignsTo,
        parentTitle: titles.get(alignsTo[0]!),
        company,
      });
      titles.set(made.id, made.title);
      for (const kr of made.document.data.keyResults as { id: string; title: string }[])
        titles.set(`${made.id}/${kr.id}`, kr.title);
      return made;
    });
    byTeam.set(team, list);
    all.push(...list);
  }
  addDependencies(random, all);
  return all;
}

/** Company objectives serve the brief's themes in turn, so every theme has at least one. */
function companyObjectives(brief: GeneratedBrief, count: number): { slug: string; title: string; themes: string[] }[] {
  return Array.from({ length: count }, (_, i) => {
    const theme = brief.themes[i % brief.themes.length]!;
    const template = theme.text.objectives[Math.floor(i / brief.themes.length) % theme.text.objectives.length]!;
    return { ...template, themes: [theme.ref] };
  });
}

/** The theme an objective was written for, and now and then a second one it also serves. */
function themesFor(random: Random, brief: GeneratedBrief, first: string): string[] {
  return random.chance(0.2) ? [first, random.pick(brief.themes.filter((t) => t.ref !== first)).ref] : [first];
}

/** Mostly a key result of the parent team, sometimes its objective, now and then a grandparent's. */
function parentsFor(random: Random, team: GeneratedTeam, byTeam: Map<GeneratedTeam, GeneratedObjective[]>): string[] {
  const grandparent = team.parent!.parent;
  const source = grandparent && random.chance(0.1) ? grandparent : team.parent!;
  const candidates = (byTeam.get(source) ?? []).filter((o) => !o.cancelled);
  const parents = random.sample(
    candidates.length ? candidates : (byTeam.get(source) ?? []),
    random.chance(0.15) ? 2 : 1,
  );
  return parents.map((parent) => (random.chance(0.7) ? `${parent.id}/${random.pick(parent.keyResults)}` : parent.id));
}

interface ObjectiveInput {
  id: string;
  path: string;
  title: string;
  team: GeneratedTeam;
  cycle: Cycle;
  closed: boolean;
  today: string;
  alignsTo: string[];
  /** The title of the first goal it aligns to, for the body. */
  parentTitle?: string;
  company: boolean;
}

function objective(random: Random, input: ObjectiveInput): GeneratedObjective {
  const { id, team, cycle, closed } = input;
  const cancelled = closed && !input.company && random.chance(0.04);
  const draft = !closed && team.children.length === 0 && random.chance(0.01);
  const outcome = Math.max(0.1, random.around(0.75, 0.35));
  const until = closed ? cycle.end : input.today;
  const krs = generateKeyResults(
    random,
    random.int(2, 4),
    { cycle, until, outcome, cadence: random.pick([7, 7, 7, 10, 14]) },
    team,
  );
  const krIds = krs.map((kr) => kr.id);
  // Company objectives are delivered through the objectives aligned to them, not initiatives of their own.
  const initiatives = random.sample(initiativeTemplates, input.company ? 0 : random.int(1, 3)).map((template, i) => {
    const status = closed
      ? random.chance(0.8)
        ? 'done'
        : 'dropped'
      : random.pick(['planned', 'in-progress', 'in-progress', 'done']);
    const initiative: Record<string, unknown> = {
      id: template.slug,
      title: template.title.replace('{area}', team.area),
      owner: random.pick(team.members),
      status,
      keyResults: random.sample(krIds, random.int(1, 2)),
    };
    if (random.chance(0.7))
      initiative.link = `https://tracker.example.com/browse/${team.id.split('-')[0]!.slice(0, 4).toUpperCase()}-${random.int(100, 9999)}${i}`;
    return initiative;
  });
  const data: Record<string, unknown> = {
    id,
    title: input.title,
    cycle: cycle.id,
    team: team.id,
    owner: team.lead,
    status: cancelled ? 'cancelled' : closed ? 'done' : 'active',
    alignsTo: input.alignsTo,
    keyResults: krs.map((kr) => kr.data),
    initiatives,
    dependsOn: undefined,
  };
  if (closed && !cancelled) {
    data.grade = Number((krs.reduce((sum, kr) => sum + kr.progress, 0) / krs.length).toFixed(1));
    data.retrospective = random.pick(retrospectives);
  }
  if (draft) data.draft = true;
  const parent = input.alignsTo[0];
  const body = `${random.pick(objectiveWhy)}${parent ? `\n\nIt contributes to [${input.parentTitle ?? parent}](id:${parent}).` : ''}`;
  return {
    id,
    title: input.title,
    team,
    draft,
    cancelled,
    keyResults: krIds,
    document: { path: input.path, data, body },
  };
}

/** One objective in seven needs another team's objective or key result in the same cycle. */
function addDependencies(random: Random, objectives: readonly GeneratedObjective[]): void {
  const targets = objectives.filter((o) => !o.draft && !o.cancelled && o.team.parent);
  if (targets.length < 2) return;
  for (const objective of objectives) {
    if (!objective.team.parent || !random.chance(1 / 7)) continue;
    const dependsOn: Record<string, string>[] = [];
    const wanted = random.chance(0.2) ? 2 : 1;
    for (let tries = 0; tries < 6 && dependsOn.length < wanted; tries++) {
      const target = random.pick(targets);
      if (target.team === objective.team) continue;
      const ref = random.chance(0.6) ? `${target.id}/${random.pick(target.keyResults)}` : target.id;
      if (!dependsOn.some((d) => d.ref === ref)) dependsOn.push({ ref, why: random.pick(dependencyWhy) });
    }
    if (dependsOn.length) objective.document.data.dependsOn = dependsOn;
  }
}
