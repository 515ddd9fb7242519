import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedMarker, generateOrganisation, type GenerateOptions, type GeneratedOrganisation } from './index.ts';

/**
 * Generates an organisation into `dir`. An earlier generation there is replaced; any other
 * non-empty folder is left alone and refused, so real content is never overwritten.
 */
export function writeOrganisation(dir: string, options: GenerateOptions): GeneratedOrganisation {
  const organisation = generateOrganisation(options);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    const config = join(dir, 'throughline.yaml');
    if (!existsSync(config) || !readFileSync(config, 'utf8').startsWith(generatedMarker)) {
      throw new RangeError(`${dir} is not empty and was not written by the generator; choose another --out`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const made = new Set<string>();
  for (const file of organisation.files) {
    const path = join(dir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.text);
  }
  return organisation;
}
