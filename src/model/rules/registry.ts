import type { Severity } from '../diagnostics.ts';

/** A rule users can read about and re-grade in `throughline.yaml`. */
export interface RuleInfo {
  severity: Severity;
  /** What the rule protects, in one line. */
  summary: string;
}

/** Every rule id with its default severity. Ids are stable: they are part of the configuration. */
export const rules = {
  // Reading files
  'parse/file-too-large': { severity: 'error', summary: 'A file over 2 MB is not read.' },
  'parse/encoding': { severity: 'error', summary: 'Files must be UTF-8.' },
  'parse/empty-file': { severity: 'error', summary: 'A content file may not be empty.' },
  'parse/no-frontmatter': { severity: 'error', summary: 'A document starts with a `---` frontmatter block.' },
  'parse/unclosed-frontmatter': { severity: 'error', summary: 'The frontmatter block is closed by a `---` line.' },
  'parse/frontmatter-language': {
    severity: 'error',
    summary: 'Frontmatter is YAML; `---js` and other engines are never run.',
  },
  'parse/empty-frontmatter': { severity: 'error', summary: 'The frontmatter has fields.' },
  'parse/yaml': { severity: 'error', summary: 'The frontmatter is valid YAML.' },
  'parse/duplicate-key': { severity: 'error', summary: 'A field appears once per mapping.' },
  'parse/too-deep': { severity: 'error', summary: 'Frontmatter nests at most 20 levels.' },
  'parse/alias-limit': {
    severity: 'error',
    summary: 'Frontmatter uses at most 20 YAML aliases, and they at most quadruple its size.',
  },
  'content/unknown-folder': { severity: 'warning', summary: 'Markdown files live in a folder of a known kind.' },
  'config/no-content': { severity: 'error', summary: 'The content folder exists.' },
  'config/unknown-rule': { severity: 'error', summary: 'Rules re-graded in throughline.yaml exist.' },
  // Schema
  'schema/missing-field': { severity: 'error', summary: 'Required fields are present.' },
  'schema/invalid-type': {
    severity: 'error',
    summary: 'Fields have the right type (numbers are plain numbers, lists are lists).',
  },
  'schema/invalid-value': {
    severity: 'error',
    summary: 'Fields hold an allowed value (enums, id and date formats, ranges).',
  },
  'schema/unknown-field': { severity: 'error', summary: 'No field outside the schema (typos are caught).' },
  'okr/multiple-owners': { severity: 'error', summary: 'An objective or key result has exactly one owner.' },
  // Identity and references
  'id/duplicate': {
    severity: 'error',
    summary: 'Ids are unique across the content, and item ids inside their document.',
  },
  'ref/unknown': { severity: 'error', summary: 'Every reference points at something that exists.' },
  'ref/wrong-kind': { severity: 'error', summary: 'A reference points at the kind of thing its field expects.' },
  'ref/unpublished': {
    severity: 'warning',
    summary: 'A published document does not point at a draft or restricted one.',
  },
  'team/no-root': { severity: 'error', summary: 'Exactly one team, the company, has no parent.' },
  'team/loop': { severity: 'error', summary: 'The team tree has no loops.' },
  // Alignment
  'align/loop': { severity: 'error', summary: 'Alignment never loops back on itself.' },
  'align/duplicate': { severity: 'error', summary: 'An objective lists each parent once in alignsTo.' },
  'align/level': {
    severity: 'error',
    summary: 'Alignment goes up: team → ancestor team → company → theme → priority.',
  },
  'align/cycle-mismatch': {
    severity: 'error',
    summary: 'An objective aligns within its cycle (a quarter may align to its year).',
  },
  'align/missing-theme': { severity: 'error', summary: 'A company-level objective aligns to a theme of its cycle.' },
  'align/no-line-of-sight': { severity: 'warning', summary: 'Every objective traces up to a strategic priority.' },
  'theme/no-contributors': {
    severity: 'warning',
    summary: 'Every theme has at least one objective contributing to it.',
  },
  // Key results and check-ins
  'kr/no-target': { severity: 'error', summary: 'A key result has a measurable baseline and target.' },
  'kr/activity': { severity: 'warning', summary: 'Key results measure outcomes, not activities.' },
  'checkin/outside-cycle': { severity: 'error', summary: 'Check-ins are dated inside their cycle.' },
  'checkin/stale': { severity: 'warning', summary: 'Key results of the current cycle are checked in regularly.' },
  // Focus and hygiene
  'brief/too-many-themes': { severity: 'warning', summary: 'A brief has few themes (3 by default).' },
  'team/too-many-objectives': { severity: 'warning', summary: 'A team has few objectives per cycle (5 by default).' },
  'objective/too-many-key-results': {
    severity: 'warning',
    summary: 'An objective has few key results (5 by default).',
  },
  'objective/not-now': {
    severity: 'warning',
    summary: "No active objective works on an item of its cycle's not-now list.",
  },
  'content/placeholder': { severity: 'warning', summary: 'No placeholder ("TBD", "X to Y", "$X") is left in.' },
  'decision/stale-proposal': {
    severity: 'warning',
    summary: 'A decision does not stay proposed for long (30 days by default).',
  },
  // Bodies
  'link/broken': { severity: 'error', summary: 'Links in Markdown bodies to other documents resolve.' },
  'mermaid/unsafe': {
    severity: 'error',
    summary: 'Author diagrams contain no click handlers, links, javascript: or HTML.',
  },
  'mdx/not-allowed': { severity: 'error', summary: 'MDX files are only allowed where the configuration says so.' },
  'mdx/syntax': { severity: 'error', summary: 'An MDX body in an allowed folder must compile.' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof rules;
