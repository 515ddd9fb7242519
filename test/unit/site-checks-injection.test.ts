import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findInjectedCode, formatInjectedCode } from '../support/site-checks/injection.ts';
import { root } from '../support/site-build.ts';

/** The function every payload of the security fixtures calls. */
const marker = '__xss';
const scratch = mkdtempSync(join(tmpdir(), 'throughline-injection-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function page(name: string, body: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${body}\n</body></html>`,
  );
  return dir;
}

describe('injected-code scan on broken input', () => {
  it('finds every payload that survives into a page, and only those (a <script> inside <title> is text)', () => {
    expect(findInjectedCode(join(root, 'test/gates/fixtures/leaky-site'), marker).map(formatInjectedCode)).toEqual([
      expect.stringMatching(/^index\.html:11:1: onerror attribute on <img>/),
      expect.stringMatching(/^index\.html:12:1: script URL in a href/),
      expect.stringMatching(/^index\.html:13:6: script URL in a xlink:href/),
      expect.stringMatching(/^index\.html:13:64: <animate> rewriting a link/),
      expect.stringMatching(/^index\.html:14:1: srcdoc on <iframe>/),
    ]);
  });

  it('finds script URLs however they are spelt, and frames, objects and forms that carry them', () => {
    const dir = page(
      'spellings',
      [
        '<a href="JaVaScRiPt:__xss(1)">case</a>',
        '<a href="&#x01; javascript:__xss(2)">leading control</a>',
        '<a href="java\nscript:__xss(3)">newline</a>',
        '<iframe src="data:text/html,<script>__xss(4)</script>"></iframe>',
        '<object data="javascript:__xss(5)"></object>',
        '<form action="javascript:__xss(6)"><button formaction="vbscript:__xss(7)">go</button></form>',
        '<details open ontoggle="__xss(8)"><summary>s</summary></details>',
        '<svg><script>__xss(9)</script></svg>',
        '<meta http-equiv="refresh" content="0;url=/x?__xss(10)">',
        '<embed src="/x.svg#__xss(11)">',
      ].join('\n'),
    );
    expect(findInjectedCode(dir, marker).map((found) => `${found.line} ${found.what}`)).toEqual([
      '2 script URL in a href',
      '3 script URL in a href',
      '4 script URL in a href',
      '6 script URL in iframe src',
      '7 script URL in object data',
      '8 script URL in form action',
      '8 script URL in button formaction',
      '9 ontoggle attribute on <details>',
      '10 <script> from content',
      '11 <meta> from content',
      '12 <embed> from content',
    ]);
  });

  it('leaves payloads shown as text alone: escaped markup, code blocks, data scripts and diagram source', () => {
    const dir = page(
      'inert',
      [
        '<p>&lt;script&gt;__xss(1)&lt;/script&gt; and &lt;img src=x onerror=__xss(2)&gt;</p>',
        '<pre><code>&lt;a href="javascript:__xss(3)"&gt;</code></pre>',
        '<pre class="mermaid">A["&lt;img src=x onerror=__xss(4)&gt;"]</pre>',
        '<a href="/objectives/x/" title="javascript:__xss(5)">a title is not a link</a>',
        '<script type="application/json">{"title": "<img onerror=__xss(6)>"}</script>',
        '<script type="module" src="/assets/site.js"></script>',
        '<meta name="description" content="Grow &lt;img src=x onerror=__xss(7)&gt;">',
      ].join('\n'),
    );
    expect(findInjectedCode(dir, marker)).toEqual([]);
  });
});
