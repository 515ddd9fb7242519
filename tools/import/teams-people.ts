import { looksLikeRole, slugFromName, type UniqueIds } from './names.ts';
import type { ExistingContent, ImportPlan } from './plan-types.ts';

/** Teams and people found by id, name or email, and created once when missing. */
export class TeamsAndPeople {
  private readonly teamByKey = new Map<string, string>();
  private readonly personByKey = new Map<string, string>();
  private readonly plan: ImportPlan;
  private readonly ids: UniqueIds;
  /** Owners written as a role ("VPE") or as a team ("Product"), in the order met: said once each. */
  private readonly roles: string[] = [];
  private readonly teamOwners: { name: string; id: string }[] = [];
  constructor(existing: ExistingContent, plan: ImportPlan, ids: UniqueIds) {
    this.plan = plan;
    this.ids = ids;
    for (const t of existing.teams) for (const k of [t.id, t.name]) this.teamByKey.set(k.toLowerCase(), t.id);
    for (const p of existing.people)
      for (const k of [p.id, p.name, p.email]) if (k) this.personByKey.set(k.toLowerCase(), p.id);
  }

  /** A team by name; one named only in a Parent team column is marked so until a row of its own names it. */
  team(name: string, row: number, parentCell: string, asParent = false): string {
    const found = this.teamByKey.get(name.toLowerCase()) ?? this.teamByKey.get(slugFromName(name));
    if (found) {
      const planned = asParent ? undefined : this.plan.teams.find((t) => t.id === found);
      if (planned?.parentOnly) delete planned.parentOnly;
      return found;
    }
    const id = this.ids.take(slugFromName(name));
    for (const k of [name.toLowerCase(), id]) this.teamByKey.set(k, id);
    this.plan.teams.push({
      id,
      name,
      row,
      ...(asParent ? { parentOnly: true } : {}),
      ...(parentCell ? { parent: this.team(parentCell, row, '', true) } : {}),
    });
    return id;
  }

  person(who: { name: string; email?: string }, row: number, team: string): string {
    // "Product" as an owner means whoever leads that team: a person file named for the team's lead.
    const teamNamed = !who.email && this.teamByKey.has(who.name.toLowerCase());
    const name = teamNamed ? `${who.name} lead` : who.name;
    const found =
      this.personByKey.get((who.email ?? name).toLowerCase()) ??
      this.personByKey.get(name.toLowerCase()) ??
      this.personByKey.get(slugFromName(name));
    if (found) return found;
    const role = !who.email && !teamNamed && looksLikeRole(who.name);
    const id = this.ids.take(slugFromName(name));
    for (const k of [name, who.email, id]) if (k) this.personByKey.set(k.toLowerCase(), id);
    this.plan.people.push({
      id,
      name,
      ...(who.email ? { email: who.email } : {}),
      team,
      row,
      ...(role || teamNamed ? { asRole: who.name } : {}),
    });
    if (teamNamed) this.teamOwners.push({ name: who.name, id });
    else if (role) this.roles.push(who.name);
    return id;
  }

  /** One line for the owners written as roles, one for each owner written as a team. */
  noteRoles(): void {
    const many = this.roles.length > 1;
    const shown = this.roles.slice(0, 6).map((r) => `"${r}"`);
    if (this.roles.length > 6) shown.push(`${this.roles.length - 6} more`);
    if (this.roles.length)
      this.plan.notes.push({
        message: `${many ? 'owners' : 'owner'} ${shown.join(', ')} ${many ? 'look like roles' : 'looks like a role'}; people files created as roles — rename them to people when you know who`,
      });
    for (const { name, id } of this.teamOwners)
      this.plan.notes.push({
        message: `owner "${name}" is the name of a team, not a person; people/${id}.md is created for whoever leads it — rename it to that person`,
      });
  }
}
