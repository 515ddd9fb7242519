import type { ImportPlan, Placeholder, PlannedKeyResult, PlannedObjective } from './plan-types.ts';

/** A file an import writes, relative to the content folder. */
export interface PlannedFile {
  path: string;
  text: string;
  /** What the report says about it: a new team, a new person, an objective, the configuration. */
  what: 'config' | 'team' | 'person' | 'objective';
  /** Already in the content folder: never written. */
  exists?: boolean;
}

/**
 * Writes the plan as the sample's files are written: ids and numbers plain, text double-quoted
 * (a JSON string is a valid YAML one, control characters escaped), and each placeholder as a
 * comment with "TBD" where its value goes, so that `check` lists it (content/placeholder).
 */
export function planFiles(plan: ImportPlan, sheetName: string): PlannedFile[] {
  const files: PlannedFile[] = [];
  if (plan.config) {
    const { fiscal } = plan.config;
    const lines = [`organisation: ${q(plan.config.organisation)}`];
    if (!fiscal) lines.push('fiscalYearStartMonth: 1 # the month (1–12) your fiscal year starts in');
    else if (fiscal.calendar)
      lines.push(
        `fiscalYearStartMonth: ${fiscal.calendar.startMonth} # read from the dates in ${oneLine(sheetName)}`,
        `fiscalYearNamedBy: ${fiscal.calendar.namedBy}`,
      );
    else
      lines.push(
        `# fiscalYearStartMonth: TBD (the month, 1–12, ${fiscal.label.slice(0, 4)} starts in)`,
        `# fiscalYearNamedBy: TBD (end if ${fiscal.label.slice(0, 4)} ends in 20${fiscal.label.slice(2, 4)}, start if it starts then)`,
      );
    if (fiscal) lines.push(`cycleLabel: ${fiscal.label}`);
    if (plan.config.currentCycle) lines.push(`currentCycle: ${plan.config.currentCycle}`);
    files.push({ path: 'throughline.yaml', text: `${lines.join('\n')}\n`, what: 'config' });
  }
  for (const team of plan.teams) {
    const lines = [`id: ${team.id}`, `name: ${q(team.name)}`];
    if (team.parent) lines.push(`parent: ${team.parent}`);
    lines.push(
      team.lead ? `lead: ${team.lead}` : `# lead: TBD (nobody owns an objective of this team in ${oneLine(sheetName)})`,
    );
    files.push({ path: `teams/${team.id}.md`, text: frontmatter(lines), what: 'team' });
  }
  for (const person of plan.people) {
    const lines = [`id: ${person.id}`, `name: ${q(person.name)}`];
    if (person.asRole)
      lines.unshift(
        `# "${oneLine(person.asRole)}" in ${oneLine(sheetName)} ${person.name === person.asRole ? 'is a role' : 'names a team'}, not a person: write the name of who ${person.name === person.asRole ? 'holds it' : 'leads it'} here`,
      );
    if (person.team) lines.push(`team: ${person.team}`);
    if (person.email) lines.push(`email: ${q(person.email)}`);
    files.push({ path: `people/${person.id}.md`, text: frontmatter(lines), what: 'person' });
  }
  for (const objective of plan.objectives)
    files.push({
      path: objective.path,
      text: objective.exists ? '' : objectiveText(objective, sheetName),
      what: 'objective',
      ...(objective.exists ? { exists: true } : {}),
    });
  return files;
}

function objectiveText(objective: PlannedObjective, sheet: string): string {
  const lines = [
    `id: ${objective.id}`,
    `title: ${q(objective.title)}`,
    `cycle: ${objective.cycle}`,
    `team: ${objective.team}`,
  ];
  lines.push(...placeholderLines(objective.placeholders, 'owner', sheet, ''));
  if (objective.owner) lines.push(`owner: ${objective.owner}`);
  lines.push(`status: ${objective.status}`);
  if (objective.alignsTo.length) lines.push('alignsTo:', ...objective.alignsTo.map((ref) => `  - ${ref}`));
  if (objective.keyResults.length)
    lines.push('keyResults:', ...objective.keyResults.flatMap((kr) => keyResultLines(kr, sheet)));
  if (objective.grade !== undefined) lines.push(`grade: ${objective.grade}`);
  return frontmatter(lines, objective.body);
}

function keyResultLines(kr: PlannedKeyResult, sheet: string): string[] {
  const lines = [`  - id: ${kr.id}`, `    title: ${q(kr.title)}`, `    type: ${kr.type}`];
  if (kr.unit) lines.push(`    unit: ${q(kr.unit)}`);
  lines.push(...placeholderLines(kr.placeholders, 'baseline', sheet, '    '));
  if (kr.baseline !== undefined) lines.push(`    baseline: ${kr.baseline}`);
  lines.push(...placeholderLines(kr.placeholders, 'target', sheet, '    '));
  if (kr.target !== undefined) lines.push(`    target: ${kr.target}`);
  if (kr.type !== 'binary') lines.push(`    direction: ${kr.direction ?? 'increase'}`);
  if (kr.commit !== undefined) lines.push(`    commit: ${kr.commit}`);
  if (kr.stretch !== undefined) lines.push(`    stretch: ${kr.stretch}`);
  if (kr.owner) lines.push(`    owner: ${kr.owner}`);
  const checkIn = kr.checkIn;
  if (checkIn) {
    lines.push('    checkIns:', `      - date: ${checkIn.date}`, `        value: ${checkIn.value}`);
    if (checkIn.confidence) lines.push(`        confidence: ${checkIn.confidence}`);
    if (checkIn.note) lines.push(`        note: ${q(checkIn.note)}`);
  }
  lines.push(...placeholderLines(kr.placeholders, 'checkIns', sheet, '    '));
  if (kr.score !== undefined) lines.push(`    score: ${typeof kr.score === 'number' ? kr.score : q(kr.score)}`);
  return lines;
}

function placeholderLines(
  placeholders: readonly Placeholder[],
  field: string,
  sheet: string,
  indent: string,
): string[] {
  return placeholders
    .filter((p) => p.field === field)
    .map(
      (p) =>
        `${indent}# ${field}: TBD (${oneLine(sheet)} row ${p.row}${/^(tbd|tbc|\?+)$/i.test(p.cell) ? '' : p.cell ? `: "${oneLine(p.cell)}"` : ': blank'})`,
    );
}

function frontmatter(lines: string[], body?: string): string {
  return `---\n${lines.join('\n')}\n---\n${body ? `${body.replace(/\r\n?/g, '\n').trim()}\n` : ''}`;
}

/** A YAML double-quoted scalar. */
function q(text: string): string {
  return JSON.stringify(text);
}

/** Text safe inside a YAML comment: one line, no control characters. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}
