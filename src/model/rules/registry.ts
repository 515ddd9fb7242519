// Every rule, in the order users read them (`--list-rules`, docs/rules.md). A rule is one
// module, `<area>/<name>.ts`, whose default export holds its id, severity, docs, example and
// check; this list is the only place that names them all.
import type { Rule } from './rule-context.ts';
import type { RuleDefinition } from './rule.ts';
import alignCycleMismatch from './align/cycle-mismatch.ts';
import alignDuplicate from './align/duplicate.ts';
import alignLevel from './align/level.ts';
import alignLoop from './align/loop.ts';
import alignMissingTheme from './align/missing-theme.ts';
import alignNoLineOfSight from './align/no-line-of-sight.ts';
import briefTooManyThemes from './brief/too-many-themes.ts';
import checkinFuture from './checkin/future.ts';
import checkinOutsideCycle from './checkin/outside-cycle.ts';
import checkinStale from './checkin/stale.ts';
import checkinValueType from './checkin/value-type.ts';
import configNoContent from './config/no-content.ts';
import configNotAFile from './config/not-a-file.ts';
import configSecurityChange from './config/security-change.ts';
import configUnknownRule from './config/unknown-rule.ts';
import contentPlaceholder from './content/placeholder.ts';
import contentUnknownFolder from './content/unknown-folder.ts';
import decisionStaleProposal from './decision/stale-proposal.ts';
import idDuplicate from './id/duplicate.ts';
import krActivity from './kr/activity.ts';
import krMilestoneDates from './kr/milestone-dates.ts';
import krNoTarget from './kr/no-target.ts';
import krPercentageRange from './kr/percentage-range.ts';
import linkBroken from './link/broken.ts';
import mdxNotAllowed from './mdx/not-allowed.ts';
import mdxSyntax from './mdx/syntax.ts';
import mermaidUnsafe from './mermaid/unsafe.ts';
import objectiveNoKeyResults from './objective/no-key-results.ts';
import objectiveNotNow from './objective/not-now.ts';
import objectiveTooManyKeyResults from './objective/too-many-key-results.ts';
import okrMultipleOwners from './okr/multiple-owners.ts';
import parseAliasLimit from './parse/alias-limit.ts';
import parseDuplicateKey from './parse/duplicate-key.ts';
import parseEmptyFile from './parse/empty-file.ts';
import parseEmptyFrontmatter from './parse/empty-frontmatter.ts';
import parseEncoding from './parse/encoding.ts';
import parseFileTooLarge from './parse/file-too-large.ts';
import parseFrontmatterLanguage from './parse/frontmatter-language.ts';
import parseNoFrontmatter from './parse/no-frontmatter.ts';
import parseTooDeep from './parse/too-deep.ts';
import parseUnclosedFrontmatter from './parse/unclosed-frontmatter.ts';
import parseYaml from './parse/yaml.ts';
import refUnknown from './ref/unknown.ts';
import refUnpublished from './ref/unpublished.ts';
import refWrongKind from './ref/wrong-kind.ts';
import schemaInvalidType from './schema/invalid-type.ts';
import schemaInvalidValue from './schema/invalid-value.ts';
import schemaMissingField from './schema/missing-field.ts';
import schemaUnknownField from './schema/unknown-field.ts';
import teamLoop from './team/loop.ts';
import teamNoRoot from './team/no-root.ts';
import teamTooManyObjectives from './team/too-many-objectives.ts';
import themeNoContributors from './theme/no-contributors.ts';

/** The rules by group, as the reference shows them. */
export const ruleGroups = [
  {
    title: 'Reading files',
    rules: [
      parseFileTooLarge,
      parseEncoding,
      parseEmptyFile,
      parseNoFrontmatter,
      parseUnclosedFrontmatter,
      parseFrontmatterLanguage,
      parseEmptyFrontmatter,
      parseYaml,
      parseDuplicateKey,
      parseTooDeep,
      parseAliasLimit,
      contentUnknownFolder,
      configNoContent,
      configUnknownRule,
      configSecurityChange,
      configNotAFile,
    ],
  },
  {
    title: 'Schema',
    rules: [schemaMissingField, schemaInvalidType, schemaInvalidValue, schemaUnknownField, okrMultipleOwners],
  },
  {
    title: 'Identity and references',
    rules: [idDuplicate, refUnknown, refWrongKind, refUnpublished, teamNoRoot, teamLoop],
  },
  {
    title: 'Alignment',
    rules: [
      alignLoop,
      alignDuplicate,
      alignLevel,
      alignCycleMismatch,
      alignMissingTheme,
      alignNoLineOfSight,
      themeNoContributors,
    ],
  },
  {
    title: 'Key results and check-ins',
    rules: [
      krNoTarget,
      krPercentageRange,
      krMilestoneDates,
      krActivity,
      checkinValueType,
      checkinOutsideCycle,
      checkinFuture,
      checkinStale,
    ],
  },
  {
    title: 'Focus and hygiene',
    rules: [
      briefTooManyThemes,
      teamTooManyObjectives,
      objectiveNoKeyResults,
      objectiveTooManyKeyResults,
      objectiveNotNow,
      contentPlaceholder,
      decisionStaleProposal,
    ],
  },
  { title: 'Bodies', rules: [linkBroken, mermaidUnsafe, mdxNotAllowed, mdxSyntax] },
] as const;

/** Every rule id; a finding with any other id does not compile. */
export type RuleId = (typeof ruleGroups)[number]['rules'][number]['id'];

/** Every rule, in reading order. */
export const ruleList: readonly RuleDefinition<RuleId>[] = ruleGroups.flatMap(
  (group): readonly RuleDefinition<RuleId>[] => group.rules,
);

/** Every rule by id. Ids are stable: they are part of the configuration. */
export const rules = Object.fromEntries(ruleList.map((rule) => [rule.id, rule])) as Record<
  RuleId,
  RuleDefinition<RuleId>
>;

/** The graph checks in registry order, each once even when several rules share a pass. */
export const graphChecks: readonly Rule[] = [...new Set(ruleList.flatMap((rule) => (rule.check ? [rule.check] : [])))];

/** Checks whose findings about a document depend on that document alone (every rule sharing the pass says `scope: 'document'`). */
export const documentChecks: readonly Rule[] = graphChecks.filter((check) =>
  ruleList.every((rule) => rule.check !== check || rule.scope === 'document'),
);

/** The checks that read across documents: run on every check, cached or not. */
export const crossChecks: readonly Rule[] = graphChecks.filter((check) => !documentChecks.includes(check));
