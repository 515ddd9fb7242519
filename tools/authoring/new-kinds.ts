import { isIsoDate } from '../../src/schemas/common.ts';
import { decisionStatuses } from '../../src/schemas/decision.ts';
import {
  affectedChoices,
  cycleChoices,
  cyclesWithoutBrief,
  parentChoices,
  personChoices,
  priorityChoices,
  teamChoices,
} from './choices.ts';
import { idTaken, listOf, one, slugOf, unique, type Answers, type NewKind, type Question } from './scaffold.ts';

const title: Question = { name: 'title', message: 'Title', type: 'text', required: true };
const name: Question = { name: 'name', message: 'Full name', type: 'text', required: true };
const owner = (required: boolean): Question => ({
  name: 'owner',
  message: 'Owner (one accountable person)',
  type: 'one',
  required,
  choices: personChoices,
});
const email = (value: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? undefined : 'an address such as ana@example.com';
const handle = (value: string) =>
  /^@?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(value) ? undefined : 'a username such as ana-lopez';

/** Drops unanswered optional fields, so the file holds only what was said. */
function defined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function text(answers: Answers, key: string): string {
  return one(answers[key])!;
}

const priority: NewKind = {
  kind: 'priority',
  questions: [title, owner(true)],
  build(answers, graph) {
    const id = unique(slugOf(text(answers, 'title')), (c) => idTaken(graph, c));
    return {
      key: `strategy/${id}.md`,
      id,
      data: { id, title: text(answers, 'title'), owner: text(answers, 'owner'), status: 'active' },
      body: '',
    };
  },
};

const team: NewKind = {
  kind: 'team',
  questions: [
    name,
    {
      name: 'parent',
      message: 'Parent team',
      type: 'one',
      // Only the first team, the company itself, has no parent.
      required: (graph) => graph.teams.length > 0,
      choices: teamChoices,
    },
    { name: 'lead', message: 'Lead', type: 'one', required: true, choices: personChoices },
  ],
  build(answers, graph) {
    const id = unique(slugOf(text(answers, 'name')), (c) => idTaken(graph, c));
    const data = { id, name: text(answers, 'name'), parent: one(answers.parent), lead: text(answers, 'lead') };
    return { key: `teams/${id}.md`, id, data: defined(data), body: '' };
  },
};

const person: NewKind = {
  kind: 'person',
  questions: [
    name,
    { name: 'role', message: 'Job title', type: 'text', required: false },
    { name: 'team', message: 'Team', type: 'one', required: false, choices: teamChoices },
    { name: 'email', message: 'Email', type: 'text', required: false, invalid: email },
    { name: 'handle', message: 'Username on the git host', type: 'text', required: false, invalid: handle },
  ],
  build(answers, graph) {
    const id = unique(slugOf(text(answers, 'name')).split('-').slice(0, 3).join('-'), (c) => idTaken(graph, c));
    const data = {
      id,
      name: text(answers, 'name'),
      role: one(answers.role),
      team: one(answers.team),
      email: one(answers.email),
      handle: one(answers.handle)?.replace(/^@/, ''),
    };
    return { key: `people/${id}.md`, id, data: defined(data), body: '' };
  },
};

const brief: NewKind = {
  kind: 'brief',
  questions: [
    { name: 'cycle', message: 'Cycle', type: 'one', required: true, choices: cyclesWithoutBrief },
    title,
    owner(false),
    { name: 'theme', message: 'First theme, in a few words', type: 'text', required: true },
    { name: 'priority', message: 'Priority the theme serves', type: 'one', required: true, choices: priorityChoices },
    { name: 'success', message: 'What success looks like by the end of the cycle', type: 'text', required: true },
  ],
  build(answers) {
    const cycle = text(answers, 'cycle');
    const theme = {
      id: slugOf(text(answers, 'theme')),
      title: text(answers, 'theme'),
      priority: text(answers, 'priority'),
      success: text(answers, 'success'),
    };
    const data = { cycle, title: text(answers, 'title'), owner: one(answers.owner), themes: [theme] };
    return { key: `briefs/${cycle}.md`, id: cycle, data: defined(data), body: '' };
  },
};

const objective: NewKind = {
  kind: 'objective',
  questions: [
    {
      name: 'cycle',
      message: 'Cycle',
      type: 'one',
      required: true,
      choices: cycleChoices,
      initial: (g) => g.currentCycle,
    },
    { name: 'team', message: 'Team', type: 'one', required: true, choices: teamChoices },
    title,
    {
      ...owner(true),
      initial: (graph, answers) => graph.teamById.get(one(answers.team) ?? '')?.data.lead,
    },
    {
      name: 'aligns-to',
      message: 'Aligns to (what it contributes to)',
      type: 'many',
      // A company objective must name a theme of its cycle; a team's may wait for its parents' objectives.
      required: (graph, answers) => !graph.teamById.get(one(answers.team) ?? '')?.data.parent,
      choices: (graph, answers) => parentChoices(graph, one(answers.team) ?? '', one(answers.cycle) ?? ''),
    },
  ],
  build(answers, graph) {
    const cycle = text(answers, 'cycle');
    const teamId = text(answers, 'team');
    const slug = slugOf(text(answers, 'title'));
    const suffix = cycle.includes('-') ? cycle.slice(5).toLowerCase() : cycle;
    const id = unique(`${teamId}-${suffix}-${slug}`, (c) => idTaken(graph, c));
    const file = unique(slug, (c) => graph.sources.has(`okrs/${cycle}/${teamId}/${c}.md`));
    const data = {
      id,
      title: text(answers, 'title'),
      cycle,
      team: teamId,
      owner: text(answers, 'owner'),
      status: 'active',
      alignsTo: listOf(answers['aligns-to']),
      keyResults: [],
    };
    return { key: `okrs/${cycle}/${teamId}/${file}.md`, id, data, body: '' };
  },
};

const decision: NewKind = {
  kind: 'decision',
  questions: [
    title,
    { name: 'deciders', message: 'Deciders', type: 'many', required: true, choices: personChoices },
    {
      name: 'status',
      message: 'Status',
      type: 'one',
      required: true,
      choices: () => decisionStatuses.map((status) => ({ value: status, label: status })),
      initial: () => 'proposed',
    },
    {
      name: 'date',
      message: 'Date (YYYY-MM-DD)',
      type: 'text',
      required: true,
      initial: (_graph, _answers, today) => today,
      invalid: (value) => (isIsoDate(value) ? undefined : 'a date such as 2026-11-30'),
    },
    { name: 'affects', message: 'What it changes', type: 'many', required: false, choices: affectedChoices },
  ],
  build(answers, graph) {
    const date = text(answers, 'date');
    const id = unique(`${date.slice(0, 7)}-${slugOf(text(answers, 'title'))}`, (c) => idTaken(graph, c));
    const data = {
      id,
      title: text(answers, 'title'),
      date,
      status: text(answers, 'status'),
      deciders: listOf(answers.deciders),
      affects: listOf(answers.affects),
    };
    const body = ['Context', 'Options', 'Decision', 'Consequences'].map((h) => `## ${h}\n`).join('\n');
    return { key: `decisions/${id}.md`, id, data: defined(data), body };
  },
};

/** The kinds `new` writes, in the order help lists them. */
export const newKinds: readonly NewKind[] = [priority, team, person, brief, objective, decision];

/** Shown under an objective's empty `keyResults:` so the author sees the shape to fill in. */
export const keyResultHint = [
  '# Replace [] with two to five key results, each a change from a baseline to a target:',
  '#   - id: on-time-delivery',
  '#     title: "Raise on-time delivery from 91 % to 96 %"',
  '#     type: percentage',
  '#     unit: "%"',
  '#     baseline: 91',
  '#     target: 96',
  '',
].join('\n');
