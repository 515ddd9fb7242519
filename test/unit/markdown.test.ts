import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { renderMarkdown } from '../../src/site/markdown.ts';

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

  it('turns mermaid fences into <pre class="mermaid"> with escaped source', async () => {
    expect(await render('```mermaid\nflowchart LR\n  a["<b>x</b>"] --> b\n```')).toBe(
      '<pre class="mermaid">flowchart LR\na["&#x3C;b>x&#x3C;/b>"] --> b</pre>',
    );
  });
});
