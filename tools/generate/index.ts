import { parseCycle, quarterContaining, type Cycle } from '../../src/model/cycles.ts';
import { generateDecisions, type DecisionCycle } from './decisions.ts';
import { toMarkdown } from './to-markdown.ts';
import { generateCycleObjectives, type GeneratedObjective } from './objectives.ts';
import { generateOrg, IdRegistry, type GeneratedTeam } from './org.ts';
import { createRandom, type Random } from './random.ts';
import { generateBrief, generatePriorities, type DraftDocument } from './strategy.ts';
import { companyNames, missions } from './words.ts';

export interface GenerateOptions {
  /** How many objectives to generate across all teams and cycles; at least 20. */
  objectives: number;
  /** Seed of the random sequence: the same seed gives the same files, byte for byte. */
  seed: number;
  /**
   * The day the organisation is generated as of: the last quarter contains it, and check-ins stop there.
   * @default '2026-11-24'
   */
  today?: string;
  /**
   * Quarters of history, the current one included (fewer when there are too few objectives to fill them).
   * @default 8
   */
  quarters?: number;
}

/** One file of the content folder, by its path relative to that folder. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export interface GeneratedOrganisation {
  files: GeneratedFile[];
  /** Cycle ids, oldest first. */
  cycles: string[];
  teams: number;
  /** Levels of the team tree, the company included. */
  levels: number;
  people: number;
  decisions: number;
}

/** The name of the configuration file the generator writes, with a first line that marks the folder as generated. */
export const generatedMarker = '# Synthetic organisation';

/**
 * A synthetic company in the content format: a team tree of about one team per 32
 * objectives in three or four levels, a people registry, strategic priorities, one brief
 * per quarter, up to five objectives per team per quarter aligned up the tree, with key
 * results, check-ins, initiatives and dependencies, and a decision log. Pure: it returns
 * the files, sorted by path, and writes nothing.
 */
export function generateOrganisation(options: GenerateOptions): GeneratedOrganisation {
  const { objectives: total, seed, today = '2026-11-24', quarters = 8 } = options;
  if (!Number.isInteger(total) || total < 20)
    throw new RangeError(`objectives must be an integer of at least 20, not ${total}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`today must be a date as YYYY-MM-DD, not "${today}"`);
  if (!Number.isInteger(quarters) || quarters < 1)
    throw new RangeError(`quarters must be a positive integer, not ${quarters}`);

  const random = createRandom(seed);
  const ids = new IdRegistry();
  const company = random.pick(companyNames);
  const teamCount = Math.max(4, Math.round(total / 32));
  const cycles = lastQuarters(today, Math.max(1, Math.min(quarters, Math.floor(total / (teamCount + 2)))));
  const org = generateOrg(random, company, teamCount, ids);
  const root = org.teams[0]!;
  const counts = objectiveCounts(random, org.teams, cycles.length, total);

  const documents: DraftDocument[] = [
    ...generatePriorities(
      random,
      org.teams.filter((t) => t.level <= 1),
    ),
  ];
  const decisionCycles: DecisionCycle[] = [];
  const objectives: GeneratedObjective[] = [];
  cycles.forEach((cycle, index) => {
    const next = cycles[index + 1]?.id ?? nextQuarter(cycle);
    const brief = generateBrief(random, cycle, root.lead, next);
    const closed = cycle.end < today;
    const cycleCounts = new Map(org.teams.map((team, t) => [team, counts[t]![index]!] as const));
    const list = generateCycleObjectives(random, ids, { brief, closed, today, counts: cycleCounts });
    documents.push(brief.document);
    objectives.push(...list);
    decisionCycles.push({ brief, objectives: list, next });
  });
  const decisions = generateDecisions(
    random,
    ids,
    decisionCycles,
    root,
    Math.max(2, Math.round(total / 25 / cycles.length)),
    today,
  );
  documents.push(...objectives.map((o) => o.document), ...decisions);
  for (const team of org.teams) {
    const data = { id: team.id, name: team.name, parent: team.parent?.id, lead: team.lead };
    documents.push({ path: `teams/${team.id}.md`, data, body: random.pick(missions).replace('{area}', team.area) });
  }
  for (const person of org.people) documents.push({ path: `people/${person.id}.md`, data: { ...person }, body: '' });

  const config = [
    `${generatedMarker}: ${total} objectives, seed ${seed}, as of ${today}. Regenerate with npm run generate.`,
    `organisation: ${company}`,
    'fiscalYearStartMonth: 1',
    `currentCycle: ${cycles.at(-1)!.id}`,
    '',
  ].join('\n');
  const files = [
    { path: 'throughline.yaml', text: config },
    ...documents.map((d) => ({ path: d.path, text: toMarkdown(d) })),
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    cycles: cycles.map((c) => c.id),
    teams: org.teams.length,
    levels: Math.max(...org.teams.map((t) => t.level)) + 1,
    people: org.people.length,
    decisions: decisions.length,
  };
}

/** The `count` quarters up to the one containing `today` (fiscal years start in January), oldest first. */
function lastQuarters(today: string, count: number): Cycle[] {
  const cycles: Cycle[] = [];
  let cycle = parseCycle(quarterContaining(today, 1), 1)!;
  for (let i = 0; i < count; i++) {
    cycles.unshift(cycle);
    const year = cycle.quarter === 1 ? cycle.year - 1 : cycle.year;
    cycle = parseCycle(`${year}-Q${cycle.quarter === 1 ? 4 : cycle.quarter! - 1}`, 1)!;
  }
  return cycles;
}

function nextQuarter(cycle: Cycle): string {
  return cycle.quarter === 4 ? `${cycle.year + 1}-Q1` : `${cycle.year}-Q${cycle.quarter! + 1}`;
}

/**
 * How many objectives each team has in each cycle, `total` in all: the company three to five
 * (one per theme at least), every other team one to five, busier teams more.
 */
function objectiveCounts(random: Random, teams: readonly GeneratedTeam[], cycles: number, total: number): number[][] {
  const max = 5;
  const counts = teams.map((team) => Array.from({ length: cycles }, () => (team.parent ? 1 : 3)));
  let left = total - counts.flat().reduce((a, b) => a + b, 0);
  if (left < 0 || left > teams.length * cycles * max - (total - left)) {
    throw new RangeError(`Cannot fit ${total} objectives into ${teams.length} teams over ${cycles} cycles`);
  }
  const weights = teams.map((team) => (team.children.length ? 0.5 : 0.6 + random.next() * 0.4));
  while (left > 0) {
    const t = random.int(0, teams.length - 1);
    const c = random.int(0, cycles - 1);
    if (counts[t]![c]! >= max || random.next() > weights[t]!) continue;
    counts[t]![c]!++;
    left--;
  }
  return counts;
}
