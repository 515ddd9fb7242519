import { daysBetween, isoDay, type Cycle } from '../../src/model/cycles.ts';
import type { GeneratedObjective } from './objectives.ts';
import { slugify, type GeneratedTeam, type IdRegistry } from './org.ts';
import type { Random } from './random.ts';
import type { DraftDocument, GeneratedBrief } from './strategy.ts';
import { decisionTemplates } from './strategy-words.ts';

export interface DecisionCycle {
  brief: GeneratedBrief;
  objectives: readonly GeneratedObjective[];
  /** The following cycle's id, for "until" titles. */
  next: string;
}

interface Accepted {
  data: Record<string, unknown>;
  date: string;
}

/**
 * About `perCycle` decisions in each cycle, taken by department leads (sometimes with the
 * CEO): mostly accepted, recent ones still proposed, some rejected or deprecated, and a
 * few superseding an earlier decision of the same department.
 */
export function generateDecisions(
  random: Random,
  ids: IdRegistry,
  cycles: readonly DecisionCycle[],
  root: GeneratedTeam,
  perCycle: number,
  today: string,
): DraftDocument[] {
  const documents: DraftDocument[] = [];
  const acceptedBy = new Map<GeneratedTeam, Accepted[]>();
  for (const { brief, objectives, next } of cycles) {
    const byDepartment = groupByDepartment(objectives.filter((o) => !o.draft));
    const departments = [...byDepartment.keys()];
    if (departments.length === 0) continue;
    const dates = Array.from({ length: perCycle }, () => dateIn(random, brief.cycle, today)).sort();
    // Every cycle revisits at least one earlier decision, when there is one to revisit.
    let revisited = false;
    for (const date of dates) {
      const department = random.pick(departments);
      const area = random.pick(department.department!.areas);
      const template = random.pick(decisionTemplates);
      const id = ids.claim(`${date.slice(0, 7)}-${slugify(area)}-${template.slug}`);
      const deciders = new Set([department.lead]);
      if (random.chance(0.3)) deciders.add(root.lead);
      if (department.children.length && random.chance(0.3)) deciders.add(random.pick(department.children).lead);
      const status = statusOf(random, date, brief.cycle, today);
      const data: Record<string, unknown> = {
        id,
        title: template.title.replace('{area}', area).replace('{next}', next),
        date,
        status,
        deciders: [...deciders],
        affects: affected(random, byDepartment.get(department)!, brief),
      };
      const earlier = acceptedBy.get(department) ?? [];
      if (status === 'accepted' && earlier.length && (random.chance(0.12) || !revisited)) {
        revisited = true;
        const [replaced] = earlier.splice(random.int(0, earlier.length - 1), 1);
        replaced!.data.status = 'superseded';
        data.supersedes = [replaced!.data.id];
      }
      if (status === 'accepted') acceptedBy.set(department, [...earlier, { data, date }]);
      documents.push({
        path: `decisions/${id}.md`,
        data,
        body: body(area, template.title.replace('{area}', area).replace('{next}', next)),
      });
    }
  }
  return documents;
}

function groupByDepartment(objectives: readonly GeneratedObjective[]): Map<GeneratedTeam, GeneratedObjective[]> {
  const map = new Map<GeneratedTeam, GeneratedObjective[]>();
  for (const objective of objectives) {
    let team = objective.team;
    while (team.parent && team.level > 1) team = team.parent;
    if (team.level !== 1) continue;
    map.set(team, [...(map.get(team) ?? []), objective]);
  }
  return map;
}

function dateIn(random: Random, cycle: Cycle, today: string): string {
  const last = cycle.end < today ? cycle.end : today;
  return isoDay(
    new Date(Date.parse(cycle.start) + random.int(0, Math.max(0, daysBetween(cycle.start, last))) * 86_400_000),
  );
}

function statusOf(random: Random, date: string, cycle: Cycle, today: string): string {
  // Proposals older than the stale limit would be flagged: only recent decisions are still open.
  if (daysBetween(date, today) <= 25 && random.chance(0.4)) return 'proposed';
  const r = random.next();
  if (r < 0.1) return 'rejected';
  if (r < 0.16 && cycle.end < today) return 'deprecated';
  return 'accepted';
}

/** One to three objectives or key results of the department, sometimes a theme or its priority too. */
function affected(random: Random, objectives: readonly GeneratedObjective[], brief: GeneratedBrief): string[] {
  const refs = random
    .sample(objectives, random.int(1, 3))
    .map((o) => (random.chance(0.5) ? `${o.id}/${random.pick(o.keyResults)}` : o.id));
  if (random.chance(0.2)) refs.push(random.pick(brief.themes).ref);
  if (random.chance(0.1)) refs.push(brief.cycle.id);
  return refs;
}

function body(area: string, title: string): string {
  return [
    `## Context\n\nThe ${area} work competes for the same people as this cycle's themes, and the current approach does not scale.`,
    `## Options\n\n- Keep the current approach and accept the cost.\n- ${title}.\n- Hand the work to another team.`,
    `## Decision\n\n${title}.`,
    `## Consequences\n\nThe affected objectives are re-planned at the next check-in; owners update their key results if targets move.`,
  ].join('\n\n');
}
