import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/site-checks/html.ts';
import { assertBuilt, root, sampleSite, type SiteBuild } from '../support/site-build.ts';

type Policy = Map<string, string[]>;

/** A Content-Security-Policy as directive → sources, sources sorted. */
function parsePolicy(text: string): Policy {
  return new Map(
    text
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources.sort()]),
  );
}

/** The headers of `public/_headers` for `/*` (Netlify and Cloudflare Pages syntax). */
function hostHeaders(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  expect(lines[0]).toBe('/*');
  return Object.fromEntries(lines.slice(1).map((line) => /^\s+([\w-]+):\s*(.*)$/.exec(line)!.slice(1, 3)));
}

/** The `add_header Name "value" always;` lines of docs/nginx.conf. */
function nginxHeaders(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
}

/**
 * The headers a host sends (public/_headers, copied into the site, and docs/nginx.conf) carry
 * the policy of the pages' <meta> tags, as loose as the loosest page and no looser, plus what
 * only a header can say: no framing, no type sniffing, no referrer to other hosts.
 */
describe('security headers for the host', () => {
  let site: SiteBuild;
  beforeAll(async () => {
    site = await sampleSite();
    assertBuilt(site);
  });

  it('public/_headers is published as it is', () => {
    expect(readFileSync(join(site.dir, '_headers'), 'utf8')).toBe(readFileSync(join(root, 'public/_headers'), 'utf8'));
  });

  it("its policy is every page's <meta> policy joined, with frame-ancestors 'none'", () => {
    const joined: Policy = new Map();
    for (const file of listFiles(site.dir).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(site.dir, file), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
      expect(meta, file).not.toBeNull();
      for (const [name, sources] of parsePolicy(meta![1]!.replaceAll('&#39;', "'")))
        joined.set(name, [...new Set([...(joined.get(name) ?? []), ...sources])].sort());
    }
    joined.set('frame-ancestors', ["'none'"]);
    const headers = hostHeaders(readFileSync(join(root, 'public/_headers'), 'utf8'));
    expect(parsePolicy(headers['Content-Security-Policy']!)).toEqual(joined);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(['same-origin', 'no-referrer']).toContain(headers['Referrer-Policy']);
  });

  it('docs/nginx.conf sends the same headers', () => {
    expect(nginxHeaders(readFileSync(join(root, 'docs/nginx.conf'), 'utf8'))).toEqual(
      hostHeaders(readFileSync(join(root, 'public/_headers'), 'utf8')),
    );
  });
});
