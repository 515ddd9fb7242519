/** Every frontmatter kind, by the name its JSON Schema file is written under. */
export { prioritySchema } from './priority.ts';
export { teamSchema } from './team.ts';
export { personSchema } from './person.ts';
export { briefSchema } from './brief.ts';
export { objectiveSchema } from './objective.ts';
export { decisionSchema } from './decision.ts';
export { configSchema } from './config.ts';
