import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { mdxToJs } from 'satteri';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { mdxBodyPlugins } from '../../src/render/mdx-plugins.ts';

const content = loadContent('test/fixtures/valid/content');
const graph = buildGraph(content, { today: '2026-11-24' });
const source = graph.objectives.find((o) => o.id === 'company-q4-grow-arr')!.source;
const href = (node: { kind: string }) => `/base/${'id' in node ? String(node.id) : 'item'}/`;
const render = (markdown: string) => renderMarkdown(markdown, { graph, source, href: href as never });

describe('Markdown bodies', () => {
  it('resolves id: links and relative .md links to page URLs', async () => {
    expect(await render('[a](id:sales-q4-enterprise-pipeline) [b](../../../briefs/2026-Q4.md)')).toBe(
      '<p><a href="/base/sales-q4-enterprise-pipeline/">a</a> <a href="/base/2026-Q4/">b</a></p>',
    );
  });

  it('keeps the text of a link to nothing, and leaves outside links alone', async () => {
    expect(await render('[gone](id:nothing-here) [web](https://example.com/)')).toBe(
      '<p>gone <a href="https://example.com/">web</a></p>',
    );
  });

  it('resolves reference-style links to documents as it does inline ones', async () => {
    expect(
      await render(
        '[a][pipeline], [gone][], [web]\n\n[pipeline]: id:sales-q4-enterprise-pipeline\n[gone]: id:nothing-here\n[web]: https://example.com/',
      ),
    ).toBe('<p><a href="/base/sales-q4-enterprise-pipeline/">a</a>, gone, <a href="https://example.com/">web</a></p>');
  });

  it('removes scripts, event handlers and script URLs from raw HTML', async () => {
    const html = await render(
      '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a> <svg><script>alert(4)</script></svg>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|alert\(4\)/);
  });

  it('gives headings prefixed anchors and renders GFM tables', async () => {
    const html = await render('## Status\n\n| a | b |\n| - | - |\n| 1 | 2 |');
    expect(html).toContain('<h2 id="section-status">Status</h2>');
    expect(html).toContain('<td>1</td>');
  });

  it("fits the author's headings under the page's, keeping the outline and the anchors", async () => {
    const levels = (html: string) => [...html.matchAll(/<(h\d) id="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    // Starts at ###: moved up under the page title, the outline kept.
    expect(levels(await render('### Why\n\n#### Risk\n\n## How'))).toEqual([
      'h2 section-why',
      'h3 section-risk',
      'h2 section-how',
    ]);
    // Skips a level: the skipped one closes, siblings stay siblings.
    expect(levels(await render('# Plan\n\n### One\n\n### Two\n\n## Three\n\n#### Three a'))).toEqual([
      'h2 section-plan',
      'h3 section-one',
      'h3 section-two',
      'h3 section-three',
      'h4 section-three-a',
    ]);
    // Under a page section (a team's Mission), raw HTML headings included; never past h6.
    const underSection = await renderMarkdown('## Focus\n\n<h1>Raw</h1>\n\n###### Deep', {
      graph,
      source,
      href: href as never,
      headingLevel: 2,
    });
    expect(levels(underSection)).toEqual(['h3 section-focus', 'h3 section-raw', 'h4 section-deep']);
    expect(levels(await render('# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6'))).toEqual([
      'h2 section-1',
      'h3 section-2',
      'h4 section-3',
      'h5 section-4',
      'h6 section-5',
      'h6 section-6',
    ]);
  });

  it('turns mermaid fences into <pre class="mermaid"> with escaped source', async () => {
    expect(await render('```mermaid\nflowchart LR\n  a["<b>x</b>"] --> b\n```')).toBe(
      '<pre class="mermaid">flowchart LR\n  a["&#x3C;b>x&#x3C;/b>"] --> b</pre>',
    );
  });

  it("keeps a diagram's text exactly, indentation, blank lines and trailing spaces included", async () => {
    const mindmap = 'mindmap\n  root((Growth))\n    Pricing\n      Floors  \n\n    Density\n\tTabbed';
    expect(await render(`\`\`\`mermaid\n${mindmap}\n\`\`\``)).toBe(`<pre class="mermaid">${mindmap}</pre>`);
    // In a list item, the item's own indentation is not the diagram's; a leading blank line survives the HTML parser.
    expect(await render('- Plan:\n\n  ```mermaid\n\n  mindmap\n    root\n      leaf\n  ```')).toContain(
      '<pre class="mermaid">\n\nmindmap\n  root\n    leaf</pre>',
    );
  });

  it('draws a fence whose language is written with a character reference, as GitHub does', async () => {
    expect(await render('```&#109;ermaid\ngraph TD\n```')).toBe('<pre class="mermaid">graph TD</pre>');
  });

  it('draws only fences: raw HTML <pre class="mermaid"> loses its class, whatever it is wrapped in', async () => {
    const html = await render(
      '<pre class="mermaid">graph TD\n  a --> b</pre>\n\n<div><pre class="mermaid x" id="d">graph TD</pre></div>\n\nText <pre class=mermaid>x</pre>',
    );
    expect(html).not.toContain('mermaid');
    expect(html).toContain('<pre>graph TD\n  a --> b</pre>');
  });

  it("prefixes the ids and names authors write, so none stands in for the page's own or shadows what its scripts use", async () => {
    const html = await render(
      '<img name="querySelectorAll" src="a.png"> <a id="map-objective-x-source" name="getElementById">decoy</a> <a href="#x" aria-describedby="note">x</a>',
    );
    expect(html).toContain('<img name="user-content-querySelectorAll" src="a.png">');
    expect(html).toContain('<a id="user-content-map-objective-x-source" name="user-content-getElementById">decoy</a>');
    expect(html).toContain('aria-describedby="user-content-note"');
  });

  it('keeps heading anchors as they were, and in-body links to author anchors and footnotes landing', async () => {
    const html = await render(
      '## Status\n\nSee [status](#section-status), [the note](#why) and a footnote.[^1]\n\n<a id="why">Why</a>\n\n[^1]: The footnote.',
    );
    expect(html).toContain('<h2 id="section-status">Status</h2>');
    expect(html).toContain('<a href="#section-status">status</a>');
    expect(html).toContain('<a href="#user-content-why">the note</a>');
    expect(html).toContain('<a id="user-content-why">Why</a>');
    // Every in-page link and reference leads to an id of the body.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [
      ...[...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]),
    ];
    expect(targets.length).toBe(5);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
  });

  it("links to other documents' headings by the same anchors", async () => {
    expect(await render('[pipeline](id:sales-q4-enterprise-pipeline#section-status)')).toBe(
      '<p><a href="/base/sales-q4-enterprise-pipeline/#section-status">pipeline</a></p>',
    );
  });
});

describe('MDX bodies', () => {
  /** The compiled module's code: what the page will render, as JSX calls. */
  const compile = (mdx: string) =>
    (
      mdxToJs(mdx, {
        hastPlugins: mdxBodyPlugins({ site: () => ({ graph, context: { contentDir: '/nowhere', base: '/' } }) }),
      }) as { code: string }
    ).code;

  it('prefix the ids and names of HTML written as JSX, and keep heading anchors', () => {
    const code = compile('## Status\n\n<img name="querySelectorAll" />\n\n<a id="map-objective-x-source">decoy</a>\n');
    expect(code).toContain('id: "section-status"');
    expect(code).toContain('name: "user-content-querySelectorAll"');
    expect(code).toContain('id: "user-content-map-objective-x-source"');
  });

  it('draw only fences, kept exactly: a JSX <pre className="mermaid"> loses the class', () => {
    const code = compile(
      '<pre className="mermaid wide">graph TD</pre>\n\n```mermaid\nmindmap\n  root\n    leaf\n```\n',
    );
    expect(code).toContain('className: "wide"');
    expect(code).toContain('className: "mermaid",\n            children: "mindmap\\n  root\\n    leaf\\n"');
  });
});
