import type { Cycle } from '../../src/model/cycles.ts';
import type { GeneratedTeam } from './org.ts';
import type { Random } from './random.ts';
import {
  briefTitles,
  notNowTexts,
  priorityTexts,
  risks,
  themeTexts,
  tradeOffs,
  type ThemeText,
} from './strategy-words.ts';

/** A document as it will be written: frontmatter fields in the order authors write them, and a body. */
export interface DraftDocument {
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export interface GeneratedBrief {
  cycle: Cycle;
  /** The brief's themes with their references, `<cycle>/<theme id>`. */
  themes: { ref: string; text: ThemeText }[];
  document: DraftDocument;
}

/** Every strategic priority: all active but one retired, owned by the company and department leads. */
export function generatePriorities(random: Random, owners: readonly GeneratedTeam[]): DraftDocument[] {
  return priorityTexts.map((priority) => {
    const retired = priority.id === 'legacy-desktop-client';
    return {
      path: `strategy/${priority.id}.md`,
      data: {
        id: priority.id,
        title: priority.title,
        owner: random.pick(owners).lead,
        status: retired ? 'retired' : 'active',
      },
      body: priority.why,
    };
  });
}

/** One brief per cycle: two or three themes, what waits, trade-offs and risks. */
export function generateBrief(random: Random, cycle: Cycle, owner: string, next: string | undefined): GeneratedBrief {
  const themes = random.sample(themeTexts, random.int(2, 3));
  const notNow = random.sample(notNowTexts, random.int(1, 3));
  const cycleRisks = random.sample(risks, random.int(0, 2));
  const data: Record<string, unknown> = {
    cycle: cycle.id,
    title: random.pick(briefTitles),
    owner,
    themes: themes.map(({ id, title, priority, success }) => ({ id, title, priority, success })),
    notNow: notNow.map(({ id, title, why, keywords }) => ({ id, title, why, keywords })),
    tradeOffs: random.sample(tradeOffs, random.int(1, 2)),
  };
  if (cycleRisks.length) data.risks = cycleRisks;
  const focus = themes.map((t) => t.title.toLowerCase()).join(', ');
  const body = [
    `## Where we are\n\nThis brief frames ${cycle.id}. We focus on ${focus}; everything else waits${next ? ` at least until ${next}` : ''}.`,
    `## How we will know\n\n${themes.map((t) => `- **${t.title}**: ${t.success}`).join('\n')}`,
  ].join('\n\n');
  return {
    cycle,
    themes: themes.map((text) => ({ ref: `${cycle.id}/${text.id}`, text })),
    document: { path: `briefs/${cycle.id}.md`, data, body },
  };
}
