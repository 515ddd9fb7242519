import type { Rule } from './context.ts';
import { alignmentLoops, alignmentTargets, lineOfSightRules } from './alignment.ts';
import { bodies } from './bodies.ts';
import { duplicateAlignments } from './duplicate-alignments.ts';
import { duplicateIds } from './identity.ts';
import { checkIns, measurableTargets, outcomeKeyResults } from './key-results.ts';
import { mdxRules } from './mdx.ts';
import { focus, noPlaceholders, notNow, staleProposals } from './quality.ts';
import { references } from './references.ts';
import { teamTree } from './teams.ts';

/** Every graph rule, in the order they run; order does not change the sorted output. */
export const graphRules: Rule[] = [
  duplicateIds,
  teamTree,
  references,
  alignmentTargets,
  alignmentLoops,
  duplicateAlignments,
  lineOfSightRules,
  measurableTargets,
  outcomeKeyResults,
  checkIns,
  noPlaceholders,
  focus,
  notNow,
  staleProposals,
  bodies,
  mdxRules,
];

export { rules, type RuleId, type RuleInfo } from './registry.ts';
