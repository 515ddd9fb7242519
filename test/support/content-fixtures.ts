import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContent, type CheckResult } from '../../src/model/check.ts';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { formatHuman } from '../../src/model/format.ts';

/** The project root. */
export const root = resolve(import.meta.dirname, '../..');
/** Committed fixture folders: `test/fixtures/<case>/{content/, fixture.json, expected.txt}`. */
export const fixturesDir = join(root, 'test/fixtures');
/** Where fixtures are assembled before they are checked (gitignored); one folder per worker, so test files running side by side never share one. */
export const workDir = join(root, 'test/.tmp/fixtures', process.env.VITEST_POOL_ID ?? String(process.pid));
/** The complete, valid content folder every other case starts from. */
export const baseCase = 'valid';
/** The date every fixture is checked on unless its fixture.json says otherwise: 2026-Q4 is current. */
export const fixtureToday = '2026-11-02';

/** How a committed text file's bytes are changed before the check: for bytes an editor or git would not keep. */
export type ByteTransform = 'bom' | 'crlf' | 'latin1' | 'pad-to-5-mb';

/** `fixture.json` of a case; every field is optional. */
export interface FixtureOptions {
  /** Start from the valid base case (default true); the case's own `content/` files replace or add to it. */
  base?: boolean;
  /** Base files (paths under content/) to leave out. */
  remove?: string[];
  /** The date to check on. */
  today?: string;
  /** Byte changes per file (path under content/), applied in order. */
  bytes?: Record<string, ByteTransform[]>;
  /**
   * A file of the case folder holding throughline.yaml as it was at `origin/main`, as
   * `check --base origin/main` would read it: settings loosened since are reported.
   */
  baseConfig?: string;
}

/** Every case folder, sorted. */
export function listCases(): string[] {
  return readdirSync(fixturesDir)
    .filter((name) => statSync(join(fixturesDir, name)).isDirectory())
    .sort();
}

/** A case's options from its fixture.json. */
export function fixtureOptions(name: string): FixtureOptions {
  const path = join(fixturesDir, name, 'fixture.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FixtureOptions) : {};
}

/** Assembles a case under test/.tmp/fixtures/<case>/ (base, then the case's files, removals, byte changes) and returns that folder. */
export function materialise(name: string): string {
  const options = fixtureOptions(name);
  const dir = join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const content = join(dir, 'content');
  if (options.base !== false) cpSync(join(fixturesDir, baseCase, 'content'), content, { recursive: true });
  const own = join(fixturesDir, name, 'content');
  if (existsSync(own)) cpSync(own, content, { recursive: true });
  for (const path of options.remove ?? []) {
    const target = join(content, path);
    if (!existsSync(target)) throw new Error(`${name}/fixture.json removes "${path}", which the base does not have`);
    rmSync(target, { recursive: true });
  }
  for (const [path, transforms] of Object.entries(options.bytes ?? {})) {
    const file = join(content, path);
    let bytes: Buffer = readFileSync(file);
    for (const transform of transforms) bytes = applyTransform(bytes, transform);
    writeFileSync(file, bytes);
  }
  return dir;
}

function applyTransform(bytes: Buffer, transform: ByteTransform): Buffer {
  switch (transform) {
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'crlf':
      return Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'), 'utf8');
    case 'latin1':
      return Buffer.from(bytes.toString('utf8'), 'latin1');
    case 'pad-to-5-mb': {
      const size = 5 * 1024 * 1024;
      const line = Buffer.from('Padding paragraph of a document that grew far past any sensible size.\n');
      const padding = Buffer.alloc(size - bytes.length);
      for (let i = 0; i < padding.length; i += line.length) line.copy(padding, i);
      return Buffer.concat([bytes, padding]);
    }
  }
}

/** Assembles and checks a case the way `npm run check` would from inside its folder. */
export function checkCase(name: string): { dir: string; result: CheckResult } {
  const dir = materialise(name);
  const options = fixtureOptions(name);
  const today = options.today ?? fixtureToday;
  const base = options.baseConfig
    ? { ref: 'origin/main', text: readFileSync(join(fixturesDir, name, options.baseConfig), 'utf8') }
    : undefined;
  return { dir, result: checkContent({ contentDir: 'content', cwd: dir, today, base }) };
}

/** The human format without hints: one `file:line:col severity rule message` line per diagnostic. */
export function plainLines(diagnostics: readonly Diagnostic[]): string {
  const text = formatHuman(diagnostics.map(({ hint: _hint, ...rest }) => rest));
  return text ? `${text}\n` : '';
}

/**
 * Writes a content folder under test/.tmp/fixtures/<name>/ from the valid base (unless
 * `base: false`) plus `files` (paths under content/; `null` removes a base file), and checks it.
 */
export function checkFiles(
  name: string,
  files: Record<string, string | Uint8Array | null>,
  options: { base?: boolean; today?: string } = {},
): { dir: string; result: CheckResult } {
  const dir = join(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  if (options.base !== false) cpSync(join(fixturesDir, baseCase, 'content'), content, { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    const file = join(content, path);
    if (data === null) {
      rmSync(file);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return { dir, result: checkContent({ contentDir: 'content', cwd: dir, today: options.today ?? fixtureToday }) };
}
