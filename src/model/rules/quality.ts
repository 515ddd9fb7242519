import type { NotNowData } from '../../schemas/brief.ts';
import { daysBetween } from '../cycles.ts';
import { keywordMatcher } from '../keyword-matcher.ts';
import type { Brief } from '../types.ts';
import type { Rule } from './context.ts';

/** Placeholders people leave while drafting. Case matters: "tbd" inside a word is not flagged; `TOD[O]` keeps task scanners off this line. */
const placeholders = /\b(TBD|TBC|TOD[O])\b|\bX to Y\b|\bfrom X\b|\$X\b|\bX+%|\?\?\?|\b[Ll]orem ipsum\b/g;
/** A text without any of these has no placeholder; this simpler pattern rules out most documents in a third of the time. */
const maybePlaceholder = /TB[DC]|TOD[O]|X|\?\?\?|orem ipsum/;

/** content/placeholder: no placeholder text survives into a document, frontmatter or body. */
export const noPlaceholders: Rule = ({ graph, report }) => {
  for (const document of graph.documents) {
    // Most documents have none: test the whole text once before walking it line by line.
    if (!maybePlaceholder.test(document.source.text)) continue;
    placeholders.lastIndex = 0;
    if (!placeholders.test(document.source.text)) continue;
    placeholders.lastIndex = 0;
    const lines = document.source.text.split('\n');
    let inFence = false;
    lines.forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return;
      for (const match of line.matchAll(placeholders)) {
        report(
          document,
          { line: i + 1, column: match.index + 1 },
          'content/placeholder',
          `Placeholder "${match[0]}" left in`,
          'Replace it with the real value, or remove the sentence.',
        );
      }
    });
  }
};

/** brief/too-many-themes, team/too-many-objectives, objective/too-many-key-results: few goals, so they can all matter. */
export const focus: Rule = ({ graph, report }) => {
  const { maxThemes, maxObjectivesPerTeam, maxKeyResults } = graph.config.thresholds;
  for (const brief of graph.briefs) {
    if (brief.data.themes.length > maxThemes) {
      report(
        brief,
        { path: ['themes'], part: 'key' },
        'brief/too-many-themes',
        `Brief ${brief.id} has ${brief.data.themes.length} themes; keep it to ${maxThemes}`,
        'A theme for everything is no choice at all: merge themes or move some to notNow.',
      );
    }
  }
  for (const [team, objectives] of graph.objectivesByTeam) {
    const byCycle = new Map<string, typeof objectives>();
    for (const o of objectives) {
      if (o.data.status === 'cancelled') continue;
      const list = byCycle.get(o.data.cycle);
      if (list) list.push(o);
      else byCycle.set(o.data.cycle, [o]);
    }
    for (const [cycle, list] of byCycle) {
      if (list.length <= maxObjectivesPerTeam) continue;
      for (const extra of list.slice(maxObjectivesPerTeam)) {
        report(
          extra,
          { path: ['team'], part: 'value' },
          'team/too-many-objectives',
          `Team "${team}" has ${list.length} objectives in ${cycle}; keep it to ${maxObjectivesPerTeam}`,
          'Fewer objectives get more attention: merge or drop some.',
        );
      }
    }
  }
  for (const objective of graph.objectives) {
    if (objective.data.keyResults.length > maxKeyResults) {
      report(
        objective,
        { path: ['keyResults'], part: 'key' },
        'objective/too-many-key-results',
        `Objective "${objective.id}" has ${objective.data.keyResults.length} key results; keep it to ${maxKeyResults}`,
        'Keep the results that best show the objective is met.',
      );
    }
  }
};

/** objective/not-now: an active objective does not work on what the brief set aside. */
export const notNow: Rule = ({ graph, report }) => {
  const matchers = new Map<Brief, NotNowMatcher>();
  for (const objective of graph.objectives) {
    if (objective.data.status !== 'active') continue;
    const brief = graph.briefByCycle.get(objective.data.cycle);
    if (!brief) continue;
    const texts = [
      objective.data.title,
      ...objective.data.keyResults.map((kr) => kr.title),
      ...objective.data.initiatives.map((i) => i.title),
    ].join('\n');
    let matcher = matchers.get(brief);
    if (!matcher) matchers.set(brief, (matcher = notNowMatcher(brief)));
    for (const { item, hit } of matcher(texts)) {
      report(
        objective,
        ['title'],
        'objective/not-now',
        `Objective "${objective.id}" mentions "${hit}", which the ${brief.id} brief puts on its not-now list ("${item.title}")`,
        `Not now because: ${item.why} Drop the work, or change the brief first.`,
      );
    }
  }
};

type NotNowMatcher = (text: string) => { item: NotNowData; hit: string }[];

/** One matcher for all keywords of a brief: for a text, each not-now item it mentions, in order, with the item's first keyword found. */
function notNowMatcher(brief: Brief): NotNowMatcher {
  // Keywords in item order, so the smallest index found of an item is its first keyword found.
  const itemOf: number[] = [];
  const keywords: string[] = [];
  brief.data.notNow.forEach((item, i) =>
    (item.keywords ?? [item.title]).forEach((keyword) => {
      itemOf.push(i);
      keywords.push(keyword);
    }),
  );
  const matcher = keywordMatcher(keywords);
  return (text) => {
    const first = new Map<number, number>();
    for (const found of matcher.find(text)) {
      const item = itemOf[found]!;
      if ((first.get(item) ?? Infinity) > found) first.set(item, found);
    }
    return [...first.keys()]
      .sort((a, b) => a - b)
      .map((item) => ({ item: brief.data.notNow[item]!, hit: keywords[first.get(item)!]! }));
  };
}

/** decision/stale-proposal: proposals get decided. */
export const staleProposals: Rule = ({ graph, report }) => {
  const limit = graph.config.thresholds.proposedDecisionDays;
  for (const decision of graph.decisions) {
    if (decision.data.status !== 'proposed') continue;
    const age = daysBetween(decision.data.date, graph.today);
    if (age > limit)
      report(
        decision,
        ['status'],
        'decision/stale-proposal',
        `Decision "${decision.id}" has been proposed for ${age} days`,
        `Accept or reject it; proposals older than ${limit} days stall the goals they affect.`,
      );
  }
};
