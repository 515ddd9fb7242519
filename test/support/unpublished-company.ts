import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import type { z } from 'zod';
import { briefSchema } from '../../src/schemas/brief.ts';
import { decisionSchema } from '../../src/schemas/decision.ts';
import { objectiveSchema } from '../../src/schemas/objective.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { prioritySchema } from '../../src/schemas/priority.ts';
import { teamSchema } from '../../src/schemas/team.ts';
import { fillText, keep } from './schema-fields.ts';

/** The string every draft and restricted document carries in its id, its file name, every field that can hold it and its body. */
export const canary = 'zqx7canary';

/** The schema of each kind of document. */
export const documentSchemas = {
  priority: prioritySchema,
  team: teamSchema,
  person: personSchema,
  brief: briefSchema,
  objective: objectiveSchema,
  decision: decisionSchema,
} satisfies Record<string, z.ZodType>;
export type Kind = keyof typeof documentSchemas;

/** A document of the generated company: its file under the content folder and its frontmatter. */
export interface FixtureDocument {
  kind: Kind;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

const c = canary;
/** Ids of the unpublished documents and of the items inside them. */
export const secret = {
  draftPerson: `${c}-draft-person`,
  restrictedPerson: `${c}-restricted-person`,
  draftTeam: `${c}-draft-team`,
  restrictedTeam: `${c}-restricted-team`,
  draftPriority: `${c}-draft-priority`,
  restrictedPriority: `${c}-restricted-priority`,
  draftObjective: `${c}-draft-objective`,
  restrictedObjective: `${c}-restricted-objective`,
  stoppedObjective: `${c}-restricted-stopped`,
  draftDecision: `${c}-draft-decision`,
  restrictedDecision: `${c}-restricted-decision`,
  theme: `${c}-theme`,
  otherTheme: `${c}-other-theme`,
  draftBriefTheme: `${c}-draft-theme`,
  notNow: `${c}-not-now`,
  freightNotNow: `${c}-freight`,
  keyResult: `${c}-kr`,
  initiative: `${c}-initiative`,
};
const s = secret;
const checkIn = (date: string, value: number) => ({ date, value, confidence: 'medium' });

/**
 * Drafts and restricted documents of every kind, which point at one another. Only ids,
 * references, numbers and dates are written here: `fillText` puts the canary in every text,
 * e-mail and URL field the schemas have, so a field added to a schema is covered without a
 * change here (the gate fails if it is an id or reference field that no template sets).
 */
function unpublishedTemplates(): FixtureDocument[] {
  const draft = { draft: true };
  const restricted = { visibility: 'restricted' };
  const body = (what: string) =>
    `The ${c} ${what} body: [a published page](id:win), [the pilot](id:${s.draftObjective}).\n\n## ${c} heading\n`;
  const doc = (kind: Kind, file: string, data: Record<string, unknown>): FixtureDocument => ({
    kind,
    file,
    data,
    body: body(String(data.id ?? data.cycle)),
  });
  const keyResult = (target: number) => ({
    id: s.keyResult,
    baseline: 0,
    target,
    owner: s.restrictedPerson,
    checkIns: [checkIn('2026-11-20', 3)],
  });
  return [
    doc('person', `people/${s.draftPerson}.md`, {
      id: s.draftPerson,
      team: s.draftTeam,
      handle: s.draftPerson,
      ...draft,
    }),
    doc('person', `people/${s.restrictedPerson}.md`, {
      id: s.restrictedPerson,
      team: s.restrictedTeam,
      handle: s.restrictedPerson,
      ...restricted,
    }),
    doc('team', `teams/${s.draftTeam}.md`, { id: s.draftTeam, parent: 'company', lead: s.draftPerson, ...draft }),
    doc('team', `teams/${s.restrictedTeam}.md`, {
      id: s.restrictedTeam,
      parent: s.draftTeam,
      lead: s.restrictedPerson,
      ...restricted,
    }),
    doc('priority', `strategy/${s.draftPriority}.md`, {
      id: s.draftPriority,
      owner: s.draftPerson,
      status: 'active',
      ...draft,
    }),
    doc('priority', `strategy/${s.restrictedPriority}.md`, {
      id: s.restrictedPriority,
      owner: s.restrictedPerson,
      status: 'active',
      ...restricted,
    }),
    // The current quarter's brief is restricted: its published objectives align to its themes and touch its not-now list.
    doc('brief', `briefs/2026-Q4.md`, {
      cycle: '2026-Q4',
      owner: s.restrictedPerson,
      themes: [
        { id: s.theme, priority: s.draftPriority },
        { id: s.otherTheme, priority: s.restrictedPriority },
      ],
      notNow: [{ id: s.notNow }, { id: s.freightNotNow, keywords: [keep('freight')] }],
      risks: [{}],
      ...restricted,
    }),
    doc('brief', `briefs/2027-Q1.md`, {
      cycle: '2027-Q1',
      owner: s.draftPerson,
      themes: [{ id: s.draftBriefTheme, priority: s.restrictedPriority }],
      ...draft,
    }),
    doc('objective', `okrs/2026-Q4/${s.draftTeam}/${s.draftObjective}.md`, {
      id: s.draftObjective,
      cycle: '2026-Q4',
      team: s.draftTeam,
      owner: s.draftPerson,
      alignsTo: [`${s.restrictedObjective}/${s.keyResult}`],
      keyResults: [keyResult(10)],
      initiatives: [{ id: s.initiative, owner: s.restrictedPerson, status: 'in-progress', keyResults: [s.keyResult] }],
      dependsOn: [{ ref: s.restrictedObjective }],
      grade: 0.5,
      ...draft,
    }),
    doc('objective', `okrs/2026-Q4/${c}-company/${s.restrictedObjective}.md`, {
      id: s.restrictedObjective,
      cycle: '2026-Q4',
      team: 'company',
      owner: s.restrictedPerson,
      alignsTo: [`2026-Q4/${s.theme}`],
      keyResults: [keyResult(5)],
      ...restricted,
    }),
    // Cancelled, so it may align to nothing: a published objective's line of sight stops at it.
    doc('objective', `okrs/2026-Q4/${c}-company/${s.stoppedObjective}.md`, {
      id: s.stoppedObjective,
      cycle: '2026-Q4',
      team: 'company',
      owner: s.restrictedPerson,
      status: 'cancelled',
      keyResults: [keyResult(1)],
      ...restricted,
    }),
    doc('decision', `decisions/${s.draftDecision}.md`, {
      id: s.draftDecision,
      date: '2026-11-20',
      status: 'accepted',
      deciders: [s.draftPerson],
      affects: [s.draftObjective, `2026-Q4/${s.theme}`],
      supersedes: [s.restrictedDecision, 'old-routing'],
      ...draft,
    }),
    // MDX in an allowed folder: compiled by `check`, never by the site.
    doc('decision', `decisions/${s.restrictedDecision}.mdx`, {
      id: s.restrictedDecision,
      date: '2026-10-10',
      status: 'superseded',
      deciders: [s.restrictedPerson],
      affects: [s.restrictedObjective],
      ...restricted,
    }),
  ];
}

/** The unpublished documents with the canary in every field that can hold one. */
export function unpublishedDocuments(): FixtureDocument[] {
  return unpublishedTemplates().map((document) => ({
    ...document,
    data: fillText(
      documentSchemas[document.kind],
      document.data,
      `${document.kind} ${String(document.data.id ?? document.data.cycle)}`,
    ) as Record<string, unknown>,
  }));
}

/** Writes a content folder: the published company of ./published-company.ts and the unpublished documents. */
export function writeCompany(dir: string, published: FixtureDocument[], config: object): FixtureDocument[] {
  rmSync(dir, { recursive: true, force: true });
  const unpublished = unpublishedDocuments();
  for (const document of [...published, ...unpublished]) {
    const path = join(dir, document.file);
    mkdirSync(dirname(path), { recursive: true });
    const yaml = dump(document.data, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true });
    writeFileSync(path, `---\n${yaml}---\n\n${document.body}\n`);
  }
  writeFileSync(join(dir, 'throughline.yaml'), dump(config, { lineWidth: -1 }));
  return unpublished;
}
