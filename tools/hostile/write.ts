import { cpSync, existsSync, rmSync } from 'node:fs';
import { hostileCases, type HostileCase } from './index.ts';

/** The case of that name; throws a RangeError listing the names otherwise. */
export function hostileCase(name: string): HostileCase {
  const found = hostileCases.find((c) => c.name === name);
  if (!found) throw new RangeError(`No hostile case "${name}"; cases: ${hostileCases.map((c) => c.name).join(', ')}`);
  return found;
}

/** Copies the content folder `from` to `out` (replacing it) and applies the case there. */
export function writeHostileCase(hostile: HostileCase, from: string, out: string): void {
  if (!existsSync(from)) throw new RangeError(`No content folder at ${from}`);
  rmSync(out, { recursive: true, force: true });
  cpSync(from, out, { recursive: true });
  hostile.write(out);
}
