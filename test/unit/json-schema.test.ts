import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/model/kinds/json-schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'json-schemas');

describe('JSON Schemas', () => {
  const schemas = jsonSchemas();

  it.each(Object.keys(schemas))('json-schemas/%s.schema.json is up to date (run npm run schemas)', (name) => {
    const committed = JSON.parse(readFileSync(join(dir, `${name}.schema.json`), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(schemas[name])));
  });

  it('describes an objective with its nested key results and check-ins', () => {
    const objective = schemas.objective as {
      required: string[];
      properties: Record<string, { items?: { properties?: Record<string, unknown> } }>;
    };
    expect(objective.required).toEqual(expect.arrayContaining(['id', 'title', 'cycle', 'team', 'owner']));
    const keyResult = objective.properties.keyResults!.items!.properties!;
    expect(Object.keys(keyResult)).toEqual(expect.arrayContaining(['baseline', 'target', 'direction', 'checkIns']));
  });

  it('rejects unknown fields, like the checker', () => {
    expect((schemas.team as { additionalProperties: unknown }).additionalProperties).toBe(false);
  });
});
