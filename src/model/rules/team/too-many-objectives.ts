import { labelCycle } from '../../cycles.ts';
import type { RuleContext } from '../rule-context.ts';
import { defineRule } from '../rule.ts';

/** A team keeps few live objectives per cycle; the ones past the limit are reported. */
function fewObjectivesPerTeam({ graph, report }: RuleContext): void {
  const { maxObjectivesPerTeam } = graph.config.thresholds;
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
          `Team "${team}" has ${list.length} objectives in ${labelCycle(graph, cycle)}; keep it to ${maxObjectivesPerTeam}`,
          'Fewer objectives get more attention: merge or drop some.',
          [graph.teamById.get(team)],
        );
      }
    }
  }
}

export default defineRule({
  id: 'team/too-many-objectives',
  severity: 'warning',
  summary: 'A team has few objectives per cycle (5 by default).',
  description:
    'Objectives are a team\'s answer to "what matters most this quarter". A team with eight of them has not chosen, and in practice works on the two its lead cares about while the others quietly go red. The limit is `thresholds.maxObjectivesPerTeam`; cancelled objectives do not count.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
alignsTo: [company-q4-grow-arr/net-new-arr]
---
`,
    with: {
      'throughline.yaml': `organisation: Kestrel Logistics
thresholds:
  maxObjectivesPerTeam: 1
`,
    },
  },
  check: fewObjectivesPerTeam,
});
