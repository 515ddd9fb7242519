import type { PendingParent } from './plan.ts';
import type { ExistingContent, ImportPlan, PlannedObjective } from './plan-types.ts';

interface Target {
  ref: string;
  cycle?: string;
  team?: string;
  /** The objective itself, for an objective or one of its key results. */
  objectiveId?: string;
}

/** Titles compared as people read them: case, spaces and a final full stop do not count. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

/**
 * Fills each objective's `alignsTo` from the parents its rows name: an id or reference, else
 * the title of an objective, a key result or a theme, in the sheet or in the content folder.
 */
export function resolveAlignments(
  plan: ImportPlan,
  parents: readonly PendingParent[],
  existing: ExistingContent,
): Map<string, string | undefined> {
  const byRef = new Map<string, Target>();
  const byTitle = new Map<string, Target[]>();
  const add = (title: string, target: Target) => {
    byRef.set(target.ref, target);
    const key = titleKey(title);
    const list = byTitle.get(key);
    if (list) list.push(target);
    else byTitle.set(key, [target]);
  };
  for (const o of existing.objectives) {
    add(o.title, { ref: o.id, cycle: o.cycle, team: o.team, objectiveId: o.id });
    for (const kr of o.keyResults) add(kr.title, { ref: kr.ref, cycle: o.cycle, team: o.team, objectiveId: o.id });
  }
  for (const o of plan.objectives.filter((p) => !p.exists)) {
    add(o.title, { ref: o.id, cycle: o.cycle, team: o.team, objectiveId: o.id });
    for (const kr of o.keyResults)
      add(kr.title, { ref: `${o.id}/${kr.id}`, cycle: o.cycle, team: o.team, objectiveId: o.id });
  }
  for (const theme of existing.themes) add(theme.title, { ref: theme.ref, cycle: theme.ref.split('/')[0] });

  const ancestors = ancestorsOf(plan, existing);
  for (const { objective, text, row } of parents) {
    if (objective.exists) continue;
    const target = find(text, objective, ancestors, byRef, byTitle, (message) => plan.notes.push({ row, message }));
    if (target && !objective.alignsTo.includes(target.ref)) objective.alignsTo.push(target.ref);
  }
  return new Map([...byRef].map(([ref, t]) => [ref, t.team]));
}

/**
 * The teams above a team, nearest first, from the Parent team column and the content folder:
 * a team that repeats its parent team's objective word for word (a common way to cascade)
 * aligns to that team's objective, not to the same title elsewhere.
 */
function ancestorsOf(plan: ImportPlan, existing: ExistingContent): (team: string) => string[] {
  const parentOf = new Map<string, string | undefined>([
    ...existing.teams.map((t) => [t.id, t.parent] as const),
    ...plan.teams.map((t) => [t.id, t.parent] as const),
  ]);
  const memo = new Map<string, string[]>();
  return (team) => {
    let chain = memo.get(team);
    if (!chain) {
      chain = [];
      for (let at = parentOf.get(team); at && at !== team && !chain.includes(at); at = parentOf.get(at)) chain.push(at);
      memo.set(team, chain);
    }
    return chain;
  };
}

function find(
  text: string,
  objective: PlannedObjective,
  ancestors: (team: string) => string[],
  byRef: Map<string, Target>,
  byTitle: Map<string, Target[]>,
  note: (message: string) => void,
): Target | undefined {
  const exact = byRef.get(text) ?? byRef.get(text.toLowerCase());
  const candidates = exact ? [exact] : (byTitle.get(titleKey(text)) ?? []);
  const others = candidates.filter((t) => t.objectiveId !== objective.id);
  if (!others.length) {
    note(
      candidates.length
        ? `parent "${text}" is this objective itself; left out`
        : `parent "${text}" is no objective, key result or theme in the sheet or the content folder; left out`,
    );
    return undefined;
  }
  // The same title in several cycles: the objective's own cycle first, then its year.
  let ranked = [
    ...others.filter((t) => t.cycle === objective.cycle),
    ...others.filter((t) => t.cycle !== objective.cycle && objective.cycle.startsWith(t.cycle ?? '\0')),
  ];
  // Of those, the nearest team above the objective's own: where a cascade repeats a title, that is the parent meant.
  const above = ancestors(objective.team);
  const distance = (t: Target) => (t.team === undefined ? -1 : above.indexOf(t.team));
  const nearest = ranked.filter((t) => distance(t) >= 0).sort((a, b) => distance(a) - distance(b));
  const [first, second] = nearest;
  if (first && (!second || distance(first) < distance(second))) return first;
  // Never down: a team below repeating the title aligns to this objective, not the other way round.
  const below = (t: Target) => t.team !== undefined && ancestors(t.team).includes(objective.team);
  if (ranked.some(below) && !ranked.every(below)) ranked = ranked.filter((t) => !below(t));
  if (ranked.length === 1) return ranked[0];
  const chosen = ranked[0] ?? others[0]!;
  if (ranked.length > 1 || (!ranked.length && others.length > 1))
    note(
      `parent "${text}" matches ${ranked.length || others.length} objectives or key results; the first, ${chosen.ref}, is used`,
    );
  return chosen;
}

/**
 * Gives each new team a parent and a lead: the parent is the team its objectives align to
 * (else the company, when the content has exactly one root), the lead the owner of its first
 * objective.
 */
export function settleTeams(
  plan: ImportPlan,
  existing: ExistingContent,
  teamOfRef: ReadonlyMap<string, string | undefined>,
): void {
  const parentOf = new Map<string, string | undefined>([
    ...existing.teams.map((t) => [t.id, t.parent] as const),
    ...plan.teams.map((t) => [t.id, t.parent] as const),
  ]);
  const above = (team: string, candidate: string) => {
    // Walks up from the candidate: a team cannot sit below itself.
    const seen = new Set<string>();
    for (let at: string | undefined = candidate; at && !seen.has(at); at = parentOf.get(at)) {
      if (at === team) return false;
      seen.add(at);
    }
    return true;
  };
  const objectivesOf = (team: string) => plan.objectives.filter((o) => o.team === team && !o.exists);
  for (const team of plan.teams) {
    team.lead ??= objectivesOf(team.id).find((o) => o.owner)?.owner;
    if (team.parent) continue;
    const parent = objectivesOf(team.id)
      .flatMap((o) => o.alignsTo.map((ref) => teamOfRef.get(ref)))
      .find((t): t is string => t !== undefined && t !== team.id && above(team.id, t));
    if (parent) {
      team.parent = parent;
      parentOf.set(team.id, parent);
    }
  }
  const existingRoots = existing.teams.filter((t) => !t.parent);
  // The company: the content's one root, else the sheet's one root team with rows of its own.
  const sheetRoots = plan.teams.filter((t) => !t.parent && !t.parentOnly);
  const company = existingRoots.length
    ? existingRoots.length === 1
      ? existingRoots[0]
      : undefined
    : sheetRoots.length === 1
      ? sheetRoots[0]
      : undefined;
  for (const team of plan.teams)
    if (team.parentOnly && !team.parent && company && company.id !== team.id) {
      team.parent = company.id;
      plan.notes.push({
        row: team.row,
        message: `team "${team.name}" is named only as a parent team; written with the company, ${company.name}, as its parent (set parent: in teams/${team.id}.md if it sits elsewhere)`,
      });
    }
  const orphans = plan.teams.filter((t) => !t.parent);
  if (existingRoots.length === 1) for (const team of orphans) team.parent = existingRoots[0]!.id;
  else if (orphans.length > 1)
    plan.notes.push({
      message: `teams ${orphans.map((t) => t.id).join(', ')} have no parent and none of them is the company above the others; add a "Parent team" column, or set parent: in their files`,
    });
  for (const team of plan.teams)
    if (!team.lead)
      plan.notes.push({
        row: team.row,
        message: `team "${team.name}" has no owner to lead it; lead written as a placeholder`,
      });
}
