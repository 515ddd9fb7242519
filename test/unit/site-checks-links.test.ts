import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, formatLinkProblem, normaliseBase, urlPathOf } from '../support/site-checks/links.ts';
import { root } from '../support/site-build.ts';

const broken = join(root, 'test/gates/fixtures/broken-site');
const scratch = mkdtempSync(join(tmpdir(), 'throughline-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Writes a small site (path → HTML body) and returns its folder. */
function site(name: string, pages: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(
      join(dir, path),
      `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`,
    );
  }
  return dir;
}

describe('link check on broken input', () => {
  it('reports every broken link, fragment and resource of a broken site, with file and line', () => {
    expect(checkLinks(broken).map(formatLinkProblem)).toEqual([
      '404.html:10:1: Relative a href "about/" on the 404 page resolves differently at every missing address; start it with the base path',
      'index.html:17:1: Cannot find "#nowhere" in /about/',
      'index.html:18:1: Cannot find /abuot/; did you mean "/about/"?',
      'index.html:21:1: Cannot find /assets/missing.png',
      'assets/site.css:2:1: Cannot find /assets/missing-background.png',
    ]);
  });

  it('reports links that leave the base path', () => {
    const problems = checkLinks(broken, { base: '/intranet' }).map(formatLinkProblem);
    expect(problems).toContain('index.html:16:1: a href "/about/#team" leaves the base path "/intranet/"');
    expect(problems).toContain('index.html:9:1: script src "/assets/site.js" leaves the base path "/intranet/"');
  });

  it('resolves relative links, same-page fragments, encoded paths and other hosts, and reports only what is missing', () => {
    const dir = site('relative', {
      'index.html':
        '<a href="teams/sales/">ok</a> <a href="#top">top</a> <a href="#intro">missing here</a> <a href="https://elsewhere.example/x">not ours</a>',
      'teams/sales/index.html':
        '<h2 id="mission">Mission</h2><a href="../../">home</a> <a href="#mission">self</a> <a href="../marketing/">gone</a> <a href="../../caf%C3%A9/#menu">encoded</a> <a href="javascript:void(0)">script</a>',
      'café/index.html': '<h2 id="menu">Menu</h2>',
    });
    expect(checkLinks(dir).map(formatLinkProblem)).toEqual([
      'index.html:2:54: Cannot find "#intro" in /',
      'teams/sales/index.html:2:84: Cannot find /teams/marketing/',
      'teams/sales/index.html:2:161: a href is a script URL, not a link',
    ]);
  });

  it('reads links the same way under a base path', () => {
    const dir = site('based', {
      'index.html':
        '<a href="/intranet/teams/">ok</a> <a href="/intranet/teams/#nope">fragment</a> <a href="/teams/">outside the base</a> <link rel="stylesheet" href="/intranet/missing.css">',
      'teams/index.html': '<h1 id="teams">Teams</h1>',
    });
    expect(checkLinks(dir, { base: '/intranet/' }).map(formatLinkProblem)).toEqual([
      'index.html:2:35: Cannot find "#nope" in /intranet/teams/',
      'index.html:2:80: a href "/teams/" leaves the base path "/intranet/"',
      'index.html:2:119: Cannot find /intranet/missing.css',
    ]);
  });

  it('normalises base paths and maps files to the addresses they are served at', () => {
    expect(['', '/', 'intranet', '/intranet', '/intranet/strategy/'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/intranet/',
      '/intranet/',
      '/intranet/strategy/',
    ]);
    expect(['index.html', 'teams/index.html', '404.html', 'pagefind/pagefind.js'].map(urlPathOf)).toEqual([
      '',
      'teams/',
      '404.html',
      'pagefind/pagefind.js',
    ]);
  });
});
