import { z } from 'zod';
import { cycleIdSchema } from './common.ts';

/** Severity a rule can be set to. */
export const severitySettings = ['error', 'warning', 'off'] as const;

/** Limits the OKR-quality warnings use. */
export const thresholdsSchema = z.strictObject({
  /** Days without a check-in, in the current cycle, before a key result is stale. */
  staleCheckInDays: z.number().int().positive().default(14),
  /** Days a decision may stay proposed. */
  proposedDecisionDays: z.number().int().positive().default(30),
  /** Themes a brief should not exceed. */
  maxThemes: z.number().int().positive().default(3),
  /** Objectives one team should not exceed in a cycle. */
  maxObjectivesPerTeam: z.number().int().positive().default(5),
  /** Key results one objective should not exceed. */
  maxKeyResults: z.number().int().positive().default(5),
  /** Days after a cycle's end in which closing check-ins (final results) may still be dated. */
  closingGraceDays: z.number().int().min(0).default(14),
});

/** What the site's search covers by default. */
export const searchSettingsSchema = z.strictObject({
  /**
   * Months after a cycle ends that its objectives and brief stay in the search every query
   * covers; older ones go to an archive the search page adds on request.
   */
  recentMonths: z.number().int().positive().default(12),
});

/**
 * The path the site is served under: `/`, or segments of letters, digits, `-`, `_`, `.` and `~`
 * between slashes (`/intranet/okr/`). Never a host (`//evil.example/`, `/\evil/`), a scheme
 * (`https:`, `javascript:`) or a `.`/`..` segment: every link of the site starts with it.
 */
export const basePathSchema = z
  .string()
  .regex(
    /^\/(?:[\w~-][\w.~-]*\/)*$/,
    'a path such as "/" or "/intranet/okr/" (letters, digits, "-", "_", "." and "~" between slashes; never a host or a scheme)',
  );

/** How the key-result quality warnings read titles. */
export const keyResultSettingsSchema = z.strictObject({
  /**
   * Whether a counted output ("Hire 4 engineers", "Publish 5 case studies") warns as
   * `kr/activity`. Off by default: a count of deliverables is given the benefit of the doubt.
   */
  countedOutputsAreActivities: z.boolean().default(false),
});

/** An absolute http or https URL (the site's address, the git host's edit links). */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'an absolute http or https URL' });

/** What the year in a cycle's name is: the calendar year the fiscal year starts in, or the one it ends in. */
export const fiscalYearNamings = ['start', 'end'] as const;

/**
 * How pages show a cycle, written as the third quarter of fiscal year 2021 would read: the plain
 * id, or an `FY` label with a two- or four-digit year. A whole year drops the quarter (`FY21`).
 */
export const cycleLabelForms = ['2021-Q3', 'FY21-Q3', 'FY2021-Q3', 'FY21 Q3', 'FY2021 Q3'] as const;

/** The form of a label written as an example quarter (`FY27 Q1` → `FY21 Q3`, the form's name). */
function labelForm(example: string): (typeof cycleLabelForms)[number] {
  if (!example.startsWith('FY')) return '2021-Q3';
  const longYear = /^FY\d{4}/.test(example);
  const spaced = example.includes(' ');
  return `FY${longYear ? '2021' : '21'}${spaced ? ' ' : '-'}Q3` as (typeof cycleLabelForms)[number];
}

/** `throughline.yaml` at the root of the content folder. */
export const configSchema = z.strictObject({
  /** Organisation name shown in the site header. */
  organisation: z.string().min(1).default('Our company'),
  /** Month (1–12) the fiscal year starts in. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  /**
   * Whether a fiscal year is named by the calendar year it starts in (`start`) or ends in
   * (`end`: with a February start, the year from February 2020 to January 2021 is `FY21`).
   */
  fiscalYearNamedBy: z.enum(fiscalYearNamings).default('start'),
  /**
   * How pages, maps and search show a cycle: any quarter written that way (`FY21-Q3`, `FY2026 Q1`,
   * `2026-Q4`); default: the id as written in files (`2021-Q3`).
   */
  cycleLabel: z
    .string()
    .regex(
      /^(?:\d{4}-Q[1-4]|FY\d{2}(?:\d{2})?[- ]Q[1-4])$/,
      'a quarter written the way pages should show every cycle: 2026-Q4, FY27-Q4, FY2027-Q4, FY27 Q4 or FY2027 Q4',
    )
    .transform(labelForm)
    .default('2021-Q3'),
  /** The cycle shown as current, written as a cycle field is (`2026-Q4`, `FY27-Q4`); default: the quarter containing today. */
  currentCycle: cycleIdSchema.optional(),
  /** Full URL the site is served at (for absolute links); `THROUGHLINE_SITE` overrides it. */
  site: httpUrlSchema.optional(),
  /** Path the site is served under, e.g. `/intranet/strategy/`; `THROUGHLINE_BASE` overrides it. */
  base: basePathSchema.optional(),
  /** Prefix of "edit this page" links; the file's path in the repository is appended. */
  editUrl: httpUrlSchema.optional(),
  /** Folder of the content inside the repository, for edit links (default: `content`). */
  contentPath: z.string().default('content'),
  /** Globs (relative to the content folder) where `.mdx` bodies are allowed; MDX runs code at build time. */
  mdx: z.array(z.string()).default([]),
  /** Limits of the quality warnings. */
  thresholds: thresholdsSchema.default(thresholdsSchema.parse({})),
  /** What the site's search covers by default. */
  search: searchSettingsSchema.default(searchSettingsSchema.parse({})),
  /**
   * Folder `check` keeps its cache in, relative to the content folder; default:
   * `node_modules/.cache/throughline/` under the working directory.
   */
  cacheDir: z.string().min(1).optional(),
  /** How key-result titles are read by `kr/activity`. */
  keyResults: keyResultSettingsSchema.default(keyResultSettingsSchema.parse({})),
  /** Severity per rule id. */
  rules: z.record(z.string(), z.enum(severitySettings)).default({}),
});

export type ThroughlineConfig = z.output<typeof configSchema>;
export type Thresholds = z.output<typeof thresholdsSchema>;
