import { aliasCases } from './alias-cases.ts';
import type { HostileCase } from './case.ts';
import { graphCases } from './graph-cases.ts';
import { textCases } from './text-cases.ts';

export type { HostileCase } from './case.ts';

/**
 * Content an employee could put in a pull request to stall `check` or the build: deep and
 * wide alignment, long loops, deep team trees, many not-now keywords, long lines aimed at every
 * regular expression that reads author text, and YAML aliases that multiply a document.
 * Each case changes a copy of the sample content folder; test/gates/hostile-content.test.ts
 * runs `check` and the build on each within a budget set by the sample itself.
 */
export const hostileCases: HostileCase[] = [...graphCases, ...textCases, ...aliasCases];
