import { labelCycle } from '../../cycles.ts';
import type { NotNowData } from '../../../schemas/brief.ts';
import { keywordMatcher } from '../../keyword-matcher.ts';
import type { Brief, Objective } from '../../types.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** An active objective does not work on what the brief of its cycle set aside. */
function notNow({ graph, report }: RuleContext): void {
  const matchers = new Map<Brief, NotNowMatcher>();
  for (const objective of graph.objectives) {
    if (objective.data.status !== 'active') continue;
    const brief = graph.briefByCycle.get(objective.data.cycle);
    if (!brief) continue;
    let matcher = matchers.get(brief);
    if (!matcher) matchers.set(brief, (matcher = notNowMatcher(brief)));
    for (const { item, hit } of matcher(objectiveText(objective))) {
      report(
        objective,
        ['title'],
        'objective/not-now',
        `Objective "${objective.id}" mentions "${hit}", which the ${labelCycle(graph, brief.id)} brief puts on its not-now list ("${item.title}")`,
        `Not now because: ${item.why} Drop the work, or change the brief first.`,
        [brief],
      );
    }
  }
}

/** What of an objective the not-now list is matched against: its title, key results and initiatives. */
export function objectiveText(objective: Objective): string {
  return [
    objective.data.title,
    ...objective.data.keyResults.map((kr) => kr.title),
    ...objective.data.initiatives.map((i) => i.title),
  ].join('\n');
}

export type NotNowMatcher = (text: string) => { item: NotNowData; hit: string }[];

/** One matcher for all keywords of a brief: for a text, each not-now item it mentions, in order, with the item's first keyword found. */
export function notNowMatcher(brief: Brief): NotNowMatcher {
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

export default defineRule({
  id: 'objective/not-now',
  severity: 'warning',
  summary: "No active objective works on an item of its cycle's not-now list.",
  description:
    'The not-now list is the half of the strategy people forget: what the company decided not to do this cycle, and why. An active objective whose title, key results or initiatives mention a not-now item (by its keywords, or its title) is spending effort the brief ruled out; either the work stops or the brief changes, openly.',
  example: {
    file: 'okrs/2026-Q4/sales/self-serve.md',
    text: `---
id: sales-q4-self-serve
title: Test demand for a self-serve plan
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
  },
  check: notNow,
});
