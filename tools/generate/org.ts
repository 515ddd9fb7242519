import type { Random } from './random.ts';
import {
  departments,
  firstNames,
  lastNames,
  leadRoles,
  memberRoles,
  regions,
  teamSuffixes,
  type Department,
} from './words.ts';

/** A team of the generated org tree. */
export interface GeneratedTeam {
  id: string;
  name: string;
  parent?: GeneratedTeam;
  /** 0 for the company, 1 for departments, and so on down. */
  level: number;
  /** The department the team belongs to (the company belongs to none). */
  department?: Department;
  /** What the team works on, as it reads in a title: "payments". */
  area: string;
  lead: string;
  /** Everyone in the team, lead first. */
  members: string[];
  children: GeneratedTeam[];
}

export interface GeneratedPerson {
  id: string;
  name: string;
  role: string;
  team: string;
}

export interface GeneratedOrg {
  /** Breadth first: every team comes after its parent. */
  teams: GeneratedTeam[];
  people: GeneratedPerson[];
}

/** Ids are unique across the whole content folder, whatever the kind. */
export class IdRegistry {
  private readonly used = new Set<string>();
  /** The base id, or the base with the first free `-2`, `-3`… suffix. */
  claim(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Lowercase words joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/**
 * A company with departments, then (for larger organisations) groups, then teams:
 * `teamCount` teams in three or four levels, sized unevenly as real org charts are.
 */
export function generateOrg(random: Random, companyName: string, teamCount: number, ids: IdRegistry): GeneratedOrg {
  const people: GeneratedPerson[] = [];
  const hire = (team: GeneratedTeam, level: number, lead: boolean): string => {
    const first = random.pick(firstNames);
    const last = random.pick(lastNames);
    const id = ids.claim(slugify(`${first} ${last}`));
    const role = lead ? random.pick(leadRoles[Math.min(level, 3)]!) : random.pick(memberRoles);
    people.push({ id, name: `${first} ${last}`, role, team: team.id });
    team.members.push(id);
    return id;
  };
  const makeTeam = (
    id: string,
    name: string,
    area: string,
    parent: GeneratedTeam | undefined,
    department: Department | undefined,
  ): GeneratedTeam => {
    const level = parent ? parent.level + 1 : 0;
    const team: GeneratedTeam = {
      id: ids.claim(id),
      name,
      parent,
      level,
      department,
      area,
      lead: '',
      members: [],
      children: [],
    };
    team.lead = hire(team, level, true);
    parent?.children.push(team);
    return team;
  };

  const root = makeTeam(slugify(companyName), companyName, 'the company', undefined, undefined);
  const departmentCount = Math.min(departments.length, Math.max(2, Math.round(Math.sqrt(teamCount) * 0.7)));
  // The departments every software company has come first; the others vary by seed.
  const chosen = [...departments.slice(0, 4), ...random.sample(departments.slice(4), departments.length - 4)].slice(
    0,
    departmentCount,
  );
  const depts = chosen.map((d) => makeTeam(d.id, d.name, d.name.toLowerCase(), root, d));

  const remaining = Math.max(0, teamCount - 1 - depts.length);
  const areaCursor = new Map<string, number>();
  const nextArea = (department: Department): { area: string; round: number } => {
    const n = areaCursor.get(department.id) ?? 0;
    areaCursor.set(department.id, n + 1);
    return { area: department.areas[n % department.areas.length]!, round: Math.floor(n / department.areas.length) };
  };
  const subTeam = (parent: GeneratedTeam): GeneratedTeam => {
    const { area, round } = nextArea(parent.department!);
    // A department with more groups than areas splits its areas by region.
    const name = round === 0 ? titleCase(area) : `${titleCase(area)} ${regions[(round - 1) % regions.length]}`;
    return makeTeam(slugify(name), name, area, parent, parent.department);
  };

  if (remaining > depts.length * 6) {
    // Four levels: departments hold groups, groups hold teams.
    const groupCount = Math.min(Math.floor(remaining / 2), Math.max(depts.length, Math.round(remaining / 6)));
    const groups = spread(random, depts, groupCount).map(subTeam);
    spread(random, groups, remaining - groupCount).forEach((group) => {
      const suffix = teamSuffixes[group.children.length % teamSuffixes.length]!;
      makeTeam(`${group.id}-${suffix}`, `${group.name} ${titleCase(suffix)}`, group.area, group, group.department);
    });
  } else {
    spread(random, depts, remaining).forEach(subTeam);
  }

  const teams: GeneratedTeam[] = [];
  for (let queue = [root]; queue.length;) {
    const team = queue.shift()!;
    teams.push(team);
    queue.push(...team.children);
    // Leaf teams are where most people work; managers' teams are small.
    const size = team.children.length ? random.int(0, 2) : random.int(2, 5);
    for (let i = 0; i < size; i++) hire(team, team.level, false);
  }
  return { teams, people };
}

/** `count` picks from `parents`, each parent at least once when there are enough, the rest unevenly. */
function spread<T>(random: Random, parents: readonly T[], count: number): T[] {
  const picks: T[] = parents.slice(0, count);
  const weights = parents.map(() => 0.4 + random.next() * 1.6);
  const total = weights.reduce((a, b) => a + b, 0);
  while (picks.length < count) {
    let r = random.next() * total;
    let i = 0;
    while (r >= weights[i]! && i < parents.length - 1) r -= weights[i++]!;
    picks.push(parents[i]!);
  }
  // Keep each parent's children together, in the order parents were listed.
  return parents.flatMap((parent) => picks.filter((p) => p === parent));
}
