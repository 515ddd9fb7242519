#!/usr/bin/env node
// `npm run schemas`: writes one JSON Schema per frontmatter kind into json-schemas/, generated from each kind's zod schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/model/kinds/json-schema.ts';

const outDir = join(import.meta.dirname, '..', 'json-schemas');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(outDir, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  process.stdout.write(`json-schemas/${name}.schema.json\n`);
}
