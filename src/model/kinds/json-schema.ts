import { z } from 'zod';
import { builtInKinds, type KindDescriptor } from './index.ts';
import { configSchema } from '../../schemas/config.ts';

/**
 * JSON Schema (draft 2020-12) of each frontmatter kind, as an author writes it (defaults
 * optional), by kind name, and of the configuration file.
 */
export function jsonSchemas(kinds: readonly KindDescriptor[] = builtInKinds): Record<string, object> {
  const named = kinds.map((kind): [string, z.ZodType] => [kind.kind, kind.schema]);
  named.push(['config', configSchema]);
  const out: Record<string, object> = {};
  for (const [name, schema] of named) {
    out[name] = { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: `Throughline ${name}` };
  }
  return out;
}
