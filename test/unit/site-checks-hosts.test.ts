import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findOtherHostMentions,
  findOutsideReferences,
  formatHostMention,
  formatOutsideReference,
  isOtherHost,
} from '../support/site-checks/hosts.ts';
import { root } from '../support/site-build.ts';

const broken = join(root, 'test/gates/fixtures/broken-site');
const scratch = mkdtempSync(join(tmpdir(), 'throughline-hosts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('outside-host scan on broken input', () => {
  it('finds everything in a broken site that loads from another host, and no link a reader follows', () => {
    expect(findOutsideReferences(broken).map(formatOutsideReference)).toEqual([
      'index.html:7:1: link rel=stylesheet loads //fonts.example.com/font.css from another host',
      'index.html:20:1: img src loads https://cdn.example.com/logo.png from another host',
      'assets/site.css:1:1: style url() loads https://fonts.example.com/more.css from another host',
      'assets/site.js:1:1: fetch() in a script loads https://analytics.example.com/collect from another host',
    ]);
  });

  it('finds preconnects, srcsets, inline styles, frames, forms, refreshes and literal requests in inline scripts', () => {
    const dir = site('many', {
      'index.html': [
        '<!doctype html><html lang="en"><head><title>t</title>',
        '<link rel="preconnect" href="https://fonts.gstatic.example">',
        '<meta http-equiv="refresh" content="5; url=https://elsewhere.example/">',
        '<script>import("https://esm.example/lib.js"); navigator.sendBeacon("https://beacon.example/b");</script>',
        '</head><body>',
        '<img src="/ok.png" srcset="/ok-2x.png 2x, https://img.example/x-3x.png 3x" alt="">',
        '<div style="background: url(\'//bg.example/a.png\')"></div>',
        '<iframe src="https://frame.example/"></iframe>',
        '<form action="https://forms.example/post"><button>Send</button></form>',
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a href="https://tracker.example/1"><text>t</text></a><image href="https://svg.example/i.png"/></svg>',
        '<a href="https://tracker.example/2">A link a reader follows</a> <a href="mailto:x@example.com">mail</a>',
        '</body></html>',
      ].join('\n'),
      'app.js':
        'const ns = "http://www.w3.org/2000/svg"; // see https://docs.example/why\nnew Worker("https://worker.example/w.js");',
    });
    expect(findOutsideReferences(dir).map((r) => `${r.line} ${r.via} ${r.url}`)).toEqual([
      '2 link rel=preconnect https://fonts.gstatic.example',
      '3 meta refresh https://elsewhere.example/',
      '6 img srcset https://img.example/x-3x.png',
      '7 div style //bg.example/a.png',
      '8 iframe src https://frame.example/',
      '9 form action https://forms.example/post',
      '10 image href https://svg.example/i.png',
      '4 import() in a script https://esm.example/lib.js',
      '4 sendBeacon() in a script https://beacon.example/b',
      '2 Worker in a script https://worker.example/w.js',
    ]);
  });

  it('names every attribute pointing at another host except XML namespaces and links a reader follows', () => {
    const dir = site('mentions', {
      'index.html': [
        '<!doctype html><html lang="en"><head><title>t</title>',
        '<meta property="og:image" content="https://cdn.example/card.png">',
        '<link rel="canonical" href="https://strategy.example/">',
        '</head><body>',
        '<svg xmlns="http://www.w3.org/2000/svg"><a href="https://tracker.example/1"><text>t</text></a></svg>',
        '<a href="https://tracker.example/2" title="Opens https://tracker.example/2">tracker</a>',
        '<div data-endpoint="//api.example/v1"></div>',
        '</body></html>',
      ].join('\n'),
    });
    expect(findOtherHostMentions(dir).map(formatHostMention)).toEqual([
      'index.html:2:1: meta content names https://cdn.example/card.png, on another host',
      'index.html:3:1: link href names https://strategy.example/, on another host',
      'index.html:7:1: div data-endpoint names //api.example/v1, on another host',
    ]);
  });

  it('tells addresses on another host from addresses on the site', () => {
    expect(['https://a.example/', '//a.example/x', 'HTTP://A.EXAMPLE', 'wss://socket.example'].every(isOtherHost)).toBe(
      true,
    );
    expect(
      ['/x', 'x/y', '#top', 'data:image/png;base64,AA', 'mailto:a@example.com', '///x', ''].some(isOtherHost),
    ).toBe(false);
  });
});
