import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/check.ts';
import { startDevServer } from '../support/astro-dev.ts';
import { compareTrees } from '../support/site-checks/compare.ts';
import { root, runBuild, sitesDir } from '../support/site-build.ts';

const work = join(sitesDir, 'hostile');
const content = join(work, 'content');
/** Where the code in the payloads would write if it ever ran. */
const pwned = join(work, 'pwned');

/** Each hostile file with the rule that must stop it. */
const expected: Record<string, string> = {
  'decisions/js-frontmatter.md': 'parse/frontmatter-language',
  'decisions/javascript-frontmatter.md': 'parse/frontmatter-language',
  'okrs/2026-Q4/kestrel/runs-code.mdx': 'mdx/not-allowed',
  'decisions/alias-bomb.md': 'parse/alias-limit',
  'teams/proto.md': 'schema/unknown-field',
  'okrs/2026-Q4/kestrel/huge.md': 'parse/file-too-large',
  'decisions/deep-lists.md': 'parse/too-deep',
  'decisions/deep-maps.md': 'parse/too-deep',
  'people/latin1.md': 'parse/encoding',
};

/** Copies the committed fixture and adds the files too big or too odd to commit. */
function assemble(): void {
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'test/gates/fixtures/hostile'), content, { recursive: true });
  writeFileSync(
    join(content, 'okrs/2026-Q4/kestrel/huge.md'),
    `---\nid: huge\ntitle: Huge\n---\n${'All work and no play. '.repeat((5 * 1024 * 1024) / 22)}`,
  );
  writeFileSync(
    join(content, 'decisions/deep-lists.md'),
    `---\nid: deep-lists\nnested: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`,
  );
  writeFileSync(
    join(content, 'decisions/deep-maps.md'),
    `---\nid: deep-maps\n${Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}level${i}:`).join('\n')} deep\n---\n`,
  );
  writeFileSync(
    join(content, 'people/latin1.md'),
    Buffer.from('---\nid: latin1\nname: Ren\xe9e Caf\xe9\n---\n', 'latin1'),
  );
}

describe('hostile input', () => {
  beforeAll(assemble);

  it('check reports every hostile file with its rule, and runs none of it', () => {
    const started = performance.now();
    const result = checkContent({ contentDir: content, cwd: work, today: '2026-11-24' });
    expect(performance.now() - started).toBeLessThan(10_000);
    const found = Object.fromEntries(
      Object.keys(expected).map((file) => [
        file,
        result.diagnostics.filter((d) => d.file === `content/${file}` && d.severity === 'error').map((d) => d.rule),
      ]),
    );
    for (const [file, rule] of Object.entries(expected)) expect(found[file], file).toContain(rule);
    expect(existsSync(pwned)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('every diagnostic names a file and a line that exists in it', () => {
    const result = checkContent({ contentDir: content, cwd: work, today: '2026-11-24' });
    for (const d of result.diagnostics) {
      const lines = readFileSync(join(work, d.file), 'latin1').split('\n').length;
      expect(d.line, `${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
      expect(d.line, `${d.file}:${d.line}`).toBeLessThanOrEqual(lines);
    }
  });

  it('the build fails, runs no payload and leaves the previous output exactly as it was', async () => {
    const out = join(work, 'dist');
    const snapshot = join(work, 'dist-before');
    mkdirSync(join(out, 'teams/sales'), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<!doctype html><title>The last good build</title>');
    writeFileSync(join(out, 'teams/sales/index.html'), '<!doctype html><title>Sales</title>');
    cpSync(out, snapshot, { recursive: true });

    const build = await runBuild({ content, out, env: { PWNED_PATH: pwned } });
    expect(build.ok, build.output).toBe(false);
    expect(build.output).toContain('parse/frontmatter-language');
    expect(build.output).toContain('parse/alias-limit');
    expect(build.output).toMatch(/Build failed; .*dist is unchanged/);
    // Reported as diagnostics, not as a crash.
    expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(compareTrees(snapshot, out)).toEqual([]);
    expect(existsSync(join(work, '.dist.next'))).toBe(false);
    expect(existsSync(pwned)).toBe(false);
    for (const name of ['pwned-by-js-frontmatter', 'pwned-by-javascript-frontmatter', 'pwned-by-mdx'])
      expect(existsSync(join(root, name)), name).toBe(false);
  });
});

/** Copies the valid company of the hostile fixture, with its one MDX payload, to `<folder>/content`. */
function copyValidPart(folder: string): string {
  const dir = join(folder, 'content');
  rmSync(folder, { recursive: true, force: true });
  const fixture = join(root, 'test/gates/fixtures/hostile');
  for (const path of ['briefs', 'people', 'okrs', 'strategy', 'teams/kestrel.md'])
    cpSync(join(fixture, path), join(dir, path), { recursive: true });
  return dir;
}

/**
 * The allow-list is enforced by the compiler, not by the rule's severity: with `mdx/not-allowed`
 * switched off in throughline.yaml, the build and `astro dev` still never compile an `.mdx`
 * file outside the allowed folders, whether a page or an allowed MDX file imports it.
 */
describe('MDX outside the allowed folders, with mdx/not-allowed switched off', () => {
  const mdxWork = join(sitesDir, 'hostile-mdx');
  const disallowed = 'okrs/2026-Q4/kestrel/runs-code.mdx';

  /** The valid part of the hostile fixture, its MDX payload, and `rules: { mdx/not-allowed: off }`. */
  function assembleSwitchedOff(name: string, options: { importer?: boolean } = {}): string {
    const dir = copyValidPart(join(mdxWork, name));
    const config = ['organisation: Kestrel', 'currentCycle: 2026-Q4', 'rules:', '  mdx/not-allowed: off'];
    if (options.importer) {
      // An allowed MDX priority that imports the disallowed file: only the compiler's guard stands in the way.
      const priority = join(dir, 'strategy/win-mid-market-fleets');
      writeFileSync(
        `${priority}.mdx`,
        `${readFileSync(`${priority}.md`, 'utf8')}\nimport Payload from '../${disallowed}';\n\n<Payload />\n`,
      );
      rmSync(`${priority}.md`);
      config.push('mdx:', '  - strategy/**');
    }
    writeFileSync(join(dir, 'throughline.yaml'), `${config.join('\n')}\n`);
    return dir;
  }

  it('check accepts the content: the rule is off, so only the compiler refuses the file', () => {
    const content = assembleSwitchedOff('check');
    const result = checkContent({ contentDir: content, today: '2026-11-24' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the build renders the disallowed file as Markdown and never runs it', async () => {
    const content = assembleSwitchedOff('build');
    const marker = join(mdxWork, 'build', 'pwned');
    const build = await runBuild({ content, out: join(mdxWork, 'build', 'dist'), env: { PWNED_PATH: marker } });
    expect(build.ok, build.output).toBe(true);
    const page = readFileSync(join(mdxWork, 'build', 'dist/objectives/kestrel-q4-runs-code/index.html'), 'utf8');
    expect(page).toContain('MDX is not allowed in this folder.');
    expect(existsSync(marker)).toBe(false);
  });

  it('the build stops when an allowed MDX file imports a disallowed one, and runs neither', async () => {
    const content = assembleSwitchedOff('import', { importer: true });
    const marker = join(mdxWork, 'import', 'pwned');
    const build = await runBuild({ content, out: join(mdxWork, 'import', 'dist'), env: { PWNED_PATH: marker } });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(`Refusing to compile "${disallowed}" of the content folder`);
    expect(existsSync(marker)).toBe(false);
  });

  it('astro dev serves the page without running the file, and refuses to compile it on request', async () => {
    const content = assembleSwitchedOff('dev');
    const marker = join(mdxWork, 'dev', 'pwned');
    const dev = await startDevServer({ content, env: { PWNED_PATH: marker } });
    try {
      const page = await fetch(`${dev.url}objectives/kestrel-q4-runs-code/`);
      expect(page.status, dev.output()).toBe(200);
      expect(await page.text()).toContain('MDX is not allowed in this folder.');
      const module = await fetch(`${dev.url}@fs${join(content, disallowed)}`);
      expect(module.status).not.toBe(200);
      expect(existsSync(marker), dev.output()).toBe(false);
    } finally {
      dev.server.kill();
    }
  }, 120_000);
});

/** Every link starts with the base path: one naming a host would send them all elsewhere. */
describe('a base path or site URL from the environment or the command line', () => {
  const addressWork = join(sitesDir, 'hostile-address');

  it.each([
    [
      'THROUGHLINE_BASE',
      { env: { THROUGHLINE_BASE: '//evil.example/' } },
      'The base path "//evil.example/" is not a path',
    ],
    ['--base', { base: '/\\evil/', env: { THROUGHLINE_BASE: '' } }, 'The base path "/\\\\evil/" is not a path'],
    ['--base', { base: 'https://evil.example/', env: { THROUGHLINE_BASE: '' } }, 'is not a path'],
    ['THROUGHLINE_SITE', { env: { THROUGHLINE_SITE: 'javascript:alert(1)' } }, 'is not an absolute http or https URL'],
  ] as const)('%s %j stops the build before anything is written', async (_from, options, message) => {
    const content = copyValidPart(addressWork);
    const out = join(addressWork, 'dist');
    const build = await runBuild({ content, out, ...options });
    expect(build.ok).toBe(false);
    expect(build.output).toContain(message);
    expect(existsSync(out)).toBe(false);
  });
});
