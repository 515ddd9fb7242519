import { secret as s, type FixtureDocument, type Kind } from './unpublished-company.ts';

const doc = (kind: Kind, file: string, data: Record<string, unknown>, body = ''): FixtureDocument => ({
  kind,
  file,
  data,
  body: body || `About ${String(data.title ?? data.name ?? data.id)}.`,
});
const keyResult = (id: string, title: string, baseline: number, target: number, date: string, value: number) => ({
  id,
  title,
  baseline,
  target,
  checkIns: [{ date, value }],
});

/**
 * Re-graded from errors so that their messages, which can name unpublished documents, reach
 * the health page of a build that succeeds; one objective per team so team/too-many-objectives
 * names a draft team.
 */
export const companyConfig = {
  organisation: 'Canary Freight',
  fiscalYearStartMonth: 1,
  currentCycle: '2026-Q4',
  mdx: ['decisions/**'],
  thresholds: { maxObjectivesPerTeam: 1 },
  rules: { 'ref/unknown': 'warning', 'ref/wrong-kind': 'warning', 'align/level': 'warning', 'link/broken': 'warning' },
};

/**
 * A small published company whose documents point at the unpublished ones in every way a
 * reference can (owner, lead, decider, parent, team, alignsTo, dependsOn, initiative key results,
 * affects, supersedes, theme priorities, and links in bodies), each a warning, never an error.
 * Nothing published carries the canary except those references, so the site must show none.
 */
export function publishedDocuments(): FixtureDocument[] {
  const draftKr = `${s.draftObjective}/${s.keyResult}`;
  const restrictedKr = `${s.restrictedObjective}/${s.keyResult}`;
  return [
    doc('person', 'people/pat.md', { id: 'pat', name: 'Pat Published', role: 'Head of sales', team: 'sales' }),
    doc('person', 'people/sam.md', { id: 'sam', name: 'Sam Public', team: s.restrictedTeam }),
    doc('team', 'teams/company.md', { id: 'company', name: 'Canary Freight', lead: 'pat' }),
    doc('team', 'teams/sales.md', { id: 'sales', name: 'Sales', parent: 'company', lead: 'pat' }),
    doc(
      'team',
      'teams/ops.md',
      { id: 'ops', name: 'Operations', parent: s.draftTeam, lead: s.draftPerson },
      `Works with [the depot team](id:${s.draftTeam}) and <id:${s.draftPerson}>.`,
    ),
    doc('priority', 'strategy/grow.md', { id: 'grow', title: 'Grow freight revenue', owner: 'pat', status: 'active' }),
    doc('priority', 'strategy/reach.md', {
      id: 'reach',
      title: 'Reach new regions',
      owner: s.restrictedPerson,
      status: 'active',
    }),
    doc('brief', 'briefs/2026-Q3.md', {
      cycle: '2026-Q3',
      title: 'Steady growth',
      owner: s.draftPerson,
      themes: [
        { id: 'steady', title: 'Steady growth', priority: 'grow', success: 'Revenue grows every month.' },
        { id: 'regions', title: 'New regions', priority: s.restrictedPriority, success: 'Two regions open.' },
      ],
      notNow: [{ id: 'rail', title: 'Rail freight', why: 'Too early.' }],
      tradeOffs: ['Growth over margin'],
      risks: [{ title: 'Fuel prices', mitigation: 'Hedging' }],
    }),
    doc('objective', 'okrs/2026-Q3/company/steady.md', {
      id: 'steady-q3',
      title: 'Grow revenue steadily',
      cycle: '2026-Q3',
      team: 'company',
      owner: 'pat',
      status: 'done',
      alignsTo: ['2026-Q3/steady'],
      keyResults: [keyResult('revenue', 'Raise monthly revenue from 100 to 150', 100, 150, '2026-09-20', 140)],
      grade: 0.7,
      retrospective: 'A good quarter.',
    }),
    doc('objective', 'okrs/2026-Q3/depot/hire.md', {
      id: 'hire-q3',
      title: 'Staff the new depot',
      cycle: '2026-Q3',
      team: s.draftTeam,
      owner: s.draftPerson,
      alignsTo: ['steady-q3/revenue'],
      keyResults: [keyResult('staff', 'Grow depot staff from 2 to 10', 2, 10, '2026-09-10', 6)],
      dependsOn: [{ ref: 'steady-q3', why: 'Needs the revenue' }],
    }),
    doc('objective', 'okrs/2026-Q3/sales/sales.md', {
      id: 'sales-q3',
      title: 'Sell from the new depot',
      cycle: '2026-Q3',
      team: 'sales',
      owner: 'pat',
      alignsTo: ['steady-q3'],
      keyResults: [keyResult('orders', 'Grow depot orders from 0 to 50', 0, 50, '2026-09-12', 20)],
      dependsOn: [{ ref: 'hire-q3', why: 'Needs the staff' }],
    }),
    doc(
      'objective',
      'okrs/2026-Q4/company/win.md',
      {
        id: 'win',
        // "freight" is a keyword of the restricted brief's not-now list.
        title: 'Win more freight customers',
        cycle: '2026-Q4',
        team: 'company',
        owner: 'pat',
        alignsTo: [`2026-Q4/${s.theme}`, `2026-Q4/${s.otherTheme}`],
        keyResults: [
          {
            ...keyResult('customers', 'Grow customers from 10 to 20', 10, 20, '2026-11-20', 14),
            owner: s.draftPerson,
          },
        ],
        initiatives: [
          {
            id: 'campaign',
            title: 'Regional campaign',
            owner: s.restrictedPerson,
            status: 'in-progress',
            keyResults: ['customers', draftKr],
          },
        ],
        dependsOn: [{ ref: s.draftObjective, why: 'Needs the pilot' }, { ref: restrictedKr }],
      },
      [
        `See [the pilot](id:${s.draftObjective}), [its result](id:${draftKr}), <id:${s.restrictedObjective}>,`,
        `[the record](../../../decisions/${s.draftDecision}.md) and [the priority][priority].`,
        '',
        `[priority]: id:${s.draftPriority}`,
      ].join('\n'),
    ),
    doc('objective', 'okrs/2026-Q4/sales/sell.md', {
      id: 'sell',
      title: 'Shorten the sales cycle',
      cycle: '2026-Q4',
      team: 'sales',
      owner: s.restrictedPerson,
      alignsTo: ['win/customers', restrictedKr],
      keyResults: [
        {
          ...keyResult('days', 'Cut the sales cycle from 40 to 20 days', 40, 20, '2026-11-18', 30),
          direction: 'decrease',
        },
      ],
    }),
    // After the draft objective of the draft team in file order, so team/too-many-objectives reports on it.
    doc('objective', 'okrs/2026-Q4/zz-depot/hire.md', {
      id: 'hire',
      title: 'Open the depot',
      cycle: '2026-Q4',
      team: s.draftTeam,
      owner: 'pat',
      alignsTo: ['win/customers'],
      keyResults: [keyResult('docks', 'Grow open docks from 0 to 4', 0, 4, '2026-11-19', 2)],
    }),
    doc('objective', 'okrs/2026-Q4/sales/lost.md', {
      id: 'lost',
      title: 'Keep the old accounts',
      cycle: '2026-Q4',
      team: 'sales',
      owner: 'pat',
      alignsTo: [s.stoppedObjective],
      keyResults: [keyResult('kept', 'Grow kept accounts from 5 to 9', 5, 9, '2026-11-19', 6)],
    }),
    doc('objective', 'okrs/2026-Q4/ops/night.md', {
      id: 'night',
      title: 'Run the night shift',
      cycle: '2026-Q4',
      team: 'ops',
      owner: 'pat',
      // Not an ancestor team's objective: align/level lists the ancestors, a draft team among them.
      alignsTo: ['sell'],
      keyResults: [keyResult('shifts', 'Grow night shifts from 0 to 5', 0, 5, '2026-11-19', 1)],
      // A typo: "did you mean" must not suggest an unpublished objective on the site.
      dependsOn: [{ ref: s.draftObjective.slice(0, -1) }],
    }),
    doc('decision', 'decisions/old-routing.md', {
      id: 'old-routing',
      title: 'Route through the old hub',
      date: '2026-09-01',
      status: 'accepted',
      deciders: ['pat'],
      affects: ['steady-q3'],
    }),
    doc(
      'decision',
      'decisions/choose.md',
      {
        id: '2026-11-choose',
        title: 'Choose the depot',
        date: '2026-11-21',
        status: 'accepted',
        deciders: ['pat', s.draftPerson],
        affects: [s.draftObjective, restrictedKr, `2026-Q4/${s.theme}`, s.draftPriority, '2027-Q1', '2026-Q4', 'win'],
        supersedes: [s.draftDecision, s.draftObjective],
      },
      [
        `A [typo](id:${s.draftObjective.slice(0, -1)}) and [the record][record].`,
        '',
        `[record]: ./${s.restrictedDecision}.mdx`,
      ].join('\n'),
    ),
  ];
}
