import { canonicalCycle } from '../../src/model/cycle-names.ts';
import { parseCycle } from '../../src/model/cycles.ts';
import type { ColumnKey } from '../../src/model/spreadsheet/columns.ts';
import { idSchema } from '../../src/schemas/common.ts';
import { resolveAlignments, settleTeams, titleKey } from './align.ts';
import { readFiscalYear, type Calendar } from './calendar.ts';
import { cellText, readCycle } from './cells.ts';
import { noteScoredObjectives, readObjectiveCells, type GradeCell } from './grades.ts';
import type { HeaderRow, Mapping } from './headers.ts';
import { keyResultFromRow } from './key-result.ts';
import { parsePerson, slugFromTitle, UniqueIds } from './names.ts';
import { TeamsAndPeople } from './teams-people.ts';
import type { ExistingContent, ImportNote, ImportPlan, PlannedObjective } from './plan-types.ts';

export interface PlanOptions {
  mapping: Mapping;
  /** The date the import runs on (ISO): check-ins without a date get it, kept inside their cycle. */
  today: string;
  /** Cycle and team for rows and sheets that give none (`--cycle`, `--team`). */
  cycle?: string;
  team?: string;
}

/** Parents as written on a row, resolved once every objective has its id. */
export interface PendingParent {
  objective: PlannedObjective;
  text: string;
  row: number;
}

/** Turns a sheet's rows (one per key result) into the documents to write. Pure: nothing is read or written. */
export function planImport(
  rows: readonly unknown[][],
  header: HeaderRow,
  existing: ExistingContent,
  options: PlanOptions,
): ImportPlan {
  const notes: ImportNote[] = header.notes.map((message) => ({ message }));
  const ids = new UniqueIds(existing.refs);
  const paths = new UniqueIds(existing.paths);
  const plan: ImportPlan = { objectives: [], teams: [], people: [], notes };
  const teams = new TeamsAndPeople(existing, plan, ids);
  const objectives = new Map<string, PlannedObjective>();
  const krIds = new Map<PlannedObjective, UniqueIds>();
  const parents: PendingParent[] = [];
  const ownerRowOf = new Map<PlannedObjective, { cell: string; row: number }>();
  const gradeRowOf = new Map<PlannedObjective, GradeCell>();
  let previous: { cycle?: string; team?: string; objective?: PlannedObjective } = {};
  // FY cycles in a folder without a throughline.yaml: their calendar from the sheet's dates, or none.
  const fiscal = existing.hasConfig
    ? undefined
    : readFiscalYear(rows, header, options.cycle || options.mapping.defaults.cycle || '', options.mapping.monthFirst);
  const calendar = fiscal ? fiscal.calendar : existing.calendar;
  if (fiscal) notes.push({ message: fiscal.message });

  for (let index = header.index + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    const row = index + 1;
    const cell = (key: ColumnKey) => {
      const at = header.columns.get(key);
      return at === undefined ? undefined : cells[at];
    };
    const text = (key: ColumnKey) => cellText(cell(key));
    if (cells.every((c) => cellText(c) === '')) continue;
    // After a skipped row, a row without an objective has none above it to belong to.
    const note = (message: string) => notes.push({ row, message });
    const skip = (message: string) => {
      note(`${message}; the row is skipped`);
      previous.objective = undefined;
    };

    // Merged cells export as blanks below their first row: a blank cycle, team or objective is the one above.
    const cycleCell = text('cycle') || previous.cycle || options.cycle || options.mapping.defaults.cycle || '';
    const cycle = readCycle(cycleCell);
    if (!cycle) {
      skip(
        cycleCell
          ? `cycle "${cycleCell}" is not a quarter or a year (2026-Q4, Q4 2026, FY27-Q1, 2026)`
          : 'no cycle (add a Cycle column or --cycle)',
      );
      continue;
    }
    const teamCell = text('team') || previous.team || options.team || options.mapping.defaults.team || '';
    if (!teamCell) {
      skip('no team (add a Team column or --team)');
      continue;
    }
    const team = teams.team(teamCell, row, text('parentTeam'));
    const objectiveTitle = text('objective');
    const above = previous.objective;
    const sameAsAbove = !objectiveTitle && above?.cycle === cycle && above.team === team;
    if (!objectiveTitle && !sameAsAbove) {
      skip('no objective');
      continue;
    }
    const key = sameAsAbove ? undefined : `${cycle}\n${team}\n${titleKey(objectiveTitle)}`;
    let objective = key ? objectives.get(key) : previous.objective!;
    if (!objective) {
      objective = newObjective(objectiveTitle, cycle, team, row, text('objectiveId'), existing, ids, paths, note);
      objectives.set(key!, objective);
      krIds.set(objective, new UniqueIds());
      plan.objectives.push(objective);
    }
    previous = { cycle: cycleCell, team: teamCell, objective };

    const ownerCell = text('objectiveOwner');
    const owner = ownerCell ? parsePerson(ownerCell) : undefined;
    if (owner && owner.count > 1)
      note(`owner "${ownerCell}" names ${owner.count} people; the first, ${owner.name}, is the owner`);
    const ownerId = owner ? teams.person(owner, row, team) : undefined;
    const firstOwner = ownerRowOf.get(objective);
    if (ownerId && !objective.owner) {
      objective.owner = ownerId;
      ownerRowOf.set(objective, { cell: ownerCell, row });
    }
    readObjectiveCells(objective, { text, cell, row }, gradeRowOf, note);
    const krTitle = text('keyResult');
    // A score on a row without a key result grades the objective.
    if (!krTitle && !text('grade') && text('score'))
      readObjectiveCells(
        objective,
        { text: (k) => (k === 'grade' ? text('score') : ''), cell: () => cell('score'), row },
        gradeRowOf,
        note,
      );
    for (const part of text('alignsTo')
      .split(/\s*[;\n]\s*/)
      .filter(Boolean))
      parents.push({ objective, text: part, row });

    if (!krTitle) continue;
    const measures = keyResultFromRow(
      { cell, row },
      { ...options.mapping, defaultDate: checkInDate(cycle, calendar, options.today) },
      notes,
    );
    const krOwnerCell = text('keyResultOwner');
    const krOwner = krOwnerCell ? parsePerson(krOwnerCell) : undefined;
    let krOwnerId = krOwner ? teams.person(krOwner, row, team) : undefined;
    // One "Owner" column for every row: a row naming someone other than the objective's owner gives that key result its owner.
    if (!header.columns.has('keyResultOwner') && ownerId && ownerId !== objective.owner) krOwnerId = ownerId;
    else if (ownerId && ownerId !== objective.owner && firstOwner)
      note(
        `objective owner "${ownerCell}" differs from "${firstOwner.cell}" on row ${firstOwner.row}; the first is kept`,
      );
    const krIdCell = text('keyResultId');
    const krId = krIds
      .get(objective)!
      .take(idSchema.safeParse(krIdCell).success ? krIdCell : slugFromTitle(krTitle, 3));
    objective.keyResults.push({ id: krId, title: krTitle, ...measures, ...(krOwnerId ? { owner: krOwnerId } : {}) });
  }

  for (const objective of plan.objectives)
    if (!objective.owner && !objective.exists) {
      objective.placeholders.push({ field: 'owner', cell: '', row: objective.row });
      notes.push({
        row: objective.row,
        message: `objective "${objective.title}" has no owner; written as a placeholder`,
      });
    }
  noteScoredObjectives(plan);
  teams.noteRoles();
  settleTeams(plan, existing, resolveAlignments(plan, parents, existing));
  if (!existing.hasConfig) {
    const roots = plan.teams.filter((t) => !t.parent);
    const quarters = plan.objectives
      .map((o) => o.cycle)
      .filter((c) => /^(\d{4}|FY\d\d)-Q\d$/.test(c))
      .sort((a, b) => canonicalCycle(a)!.localeCompare(canonicalCycle(b)!));
    plan.config = {
      organisation: roots.length === 1 ? roots[0]!.name : 'Our company',
      ...(quarters.length ? { currentCycle: quarters.at(-1) } : {}),
      ...(fiscal ? { fiscal: { label: fiscal.label, calendar: fiscal.calendar } } : {}),
    };
  }
  notes.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return plan;
}

function newObjective(
  title: string,
  cycle: string,
  team: string,
  row: number,
  idCell: string,
  existing: ExistingContent,
  ids: UniqueIds,
  paths: UniqueIds,
  note: (message: string) => void,
): PlannedObjective {
  const same = existing.objectives.find(
    (o) => o.cycle === cycle && o.team === team && titleKey(o.title) === titleKey(title),
  );
  const base = { title, cycle, team, status: 'active' as const, alignsTo: [], keyResults: [], row, placeholders: [] };
  if (same) return { ...base, id: same.id, path: same.path, exists: true };
  if (idCell && !idSchema.safeParse(idCell).success)
    note(`objective ID "${idCell}" is not an id (lowercase letters, digits, hyphens); one is made from the title`);
  const cyclePart = cycle.includes('-') ? cycle.slice(cycle.indexOf('-') + 1).toLowerCase() : cycle.toLowerCase();
  const id =
    idSchema.safeParse(idCell).success && !ids.has(idCell)
      ? ids.take(idCell)
      : ids.take(`${team}-${cyclePart}-${slugFromTitle(title, 4)}`);
  const path = paths.take(`okrs/${cycle}/${team}/${slugFromTitle(title, 4)}.md`.replace(/\.md$/, '')) + '.md';
  return { ...base, id, path, exists: false };
}

/** Check-ins without a date are dated today, or the cycle's last day once it has closed (its first before it starts). */
function checkInDate(cycle: string, calendar: Calendar | undefined, today: string): string {
  // An unknown fiscal calendar dates nothing by it: a cycle read a year off would carry its check-ins along.
  const dates = calendar && parseCycle(canonicalCycle(cycle) ?? cycle, calendar);
  if (!dates) return today;
  return today > dates.end ? dates.end : today < dates.start ? dates.start : today;
}
