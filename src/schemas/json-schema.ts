import { z } from 'zod';
import { briefSchema } from './brief.ts';
import { configSchema } from './config.ts';
import { decisionSchema } from './decision.ts';
import { objectiveSchema } from './objective.ts';
import { personSchema } from './person.ts';
import { prioritySchema } from './priority.ts';
import { teamSchema } from './team.ts';

const kinds = {
  priority: prioritySchema,
  team: teamSchema,
  person: personSchema,
  brief: briefSchema,
  objective: objectiveSchema,
  decision: decisionSchema,
  config: configSchema,
};

/** JSON Schema (draft 2020-12) of each frontmatter kind, as an author writes it (defaults optional). */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, schema] of Object.entries(kinds)) {
    out[name] = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: `Throughline ${name}` };
  }
  return out;
}
