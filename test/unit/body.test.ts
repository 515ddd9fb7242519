import fc from 'fast-check';
import { mdxToJs, type MdxToJsResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { brokenLink, mayHaveBrokenLinks } from '../../src/model/body-links.ts';
import { bodyTree } from '../../src/model/body-tree.ts';
import { bodyFacts, findInProse } from '../../src/model/body.ts';
import { buildGraph } from '../../src/model/graph.ts';
import { checkFiles } from '../support/content-fixtures.ts';
import { loadContent } from '../../src/model/load.ts';
import type { SourceFile } from '../../src/model/source.ts';
import { renderBody, renderMarkdown } from '../../src/render/markdown.ts';
import { mdxBodyPlugins } from '../../src/render/mdx-plugins.ts';
import { pathOf } from '../../src/render/urls.ts';
import type { GraphNode } from '../../src/model/types.ts';

/** Page URLs as a site served from `/` writes them. */
const href = (node: GraphNode) => `/${pathOf(node)}`;

const graph = buildGraph(loadContent('test/fixtures/valid/content'), { today: '2026-11-24' });
const sample = buildGraph(loadContent('content'), { today: '2026-11-24' });

/** A decision whose body starts on line 8 of its file, as after a seven-line frontmatter. */
function sourceOf(body: string, key = 'decisions/2026-10-body.md'): SourceFile {
  return {
    key,
    displayPath: `content/${key}`,
    text: `${'\n'.repeat(7)}${body}`,
    frontmatter: '',
    frontmatterLine: 2,
    body,
    bodyLine: 8,
  };
}

describe('links of a body', () => {
  it('finds links where the renderer does, nested lists included, at the line and column of their URL', () => {
    const source = sourceOf(
      [
        '- a',
        '  - b',
        '',
        '    See [x](id:one) and <id:two>.', // a paragraph of the nested item, not code
        '',
        '        [code](id:not-a-link)', // code inside the nested item
        '',
        '`[code](id:not-a-link)` [y]( <id:three> "title")',
        '',
        '[def]:',
        '  id:four',
      ].join('\n'),
    );
    expect(bodyFacts(source).links).toEqual([
      { url: 'id:one', line: 11, column: 13 },
      { url: 'id:two', line: 11, column: 26 },
      { url: 'id:three', line: 15, column: 31 },
      { url: 'id:four', line: 18, column: 3 },
    ]);
  });

  it('places links of CRLF bodies and of wide characters by UTF-16 column, as editors count', () => {
    expect(bodyFacts(sourceOf('é 🚀\r\n\r\n> 東京 [x](id:one)\r\n')).links).toEqual([
      { url: 'id:one', line: 10, column: 10 },
    ]);
  });

  it('never hides a broken link by skipping the parse of a body whose links all resolve', () => {
    const pieces = [
      '[a](id:company-q4-grow-arr)',
      '[a](id:nope)',
      '[a](id:company-q4-grow-arr#kr-net-new-arr)',
      '[a](id:company-q4-grow-arr#kr-nope)',
      '<id:2026-Q4>',
      '<id:nope>',
      '[r]: id:nope',
      '[r]:id:2026-Q4',
      '[a](<id:2026-Q4 x>)',
      '[a](id:2026-Q4(x))',
      '[a](../briefs/2026-Q4.md#nope)',
      '[a](&#105;d:nope)',
      '[a](id\\:nope)',
      'id:',
      'paid:',
      'id:nope',
      '(id:2026-Q4',
      '%2F',
      '&#105;',
      '\\',
      '`',
      '```\n',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      ':',
      '#',
      ' ',
      '\n',
      '\n\n',
      '- ',
      '    ',
      '> ',
      'text',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const source = sourceOf(parts.join(''));
        const broken = bodyFacts(source).links.filter((link) => brokenLink(graph, source, link.url));
        if (!mayHaveBrokenLinks(graph, source)) expect(broken).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('fenced blocks of a body', () => {
  it('finds blocks inside lists and quotes, with their lines as written', () => {
    const source = sourceOf(
      '- item\n\n  ```mermaid\n  flowchart LR\n  ```\n\n> ```mermaid\n> a --> b\n> ```\n\n```Mermaid\nx\n```\n',
    );
    expect(bodyFacts(source).fences).toEqual([
      { lang: 'mermaid', lines: ['  flowchart LR'], line: 11 },
      { lang: 'mermaid', lines: ['> a --> b'], line: 15 },
      // The renderer draws only `mermaid`, as written; this one is shown as code.
      { lang: 'Mermaid', lines: ['x'], line: 19 },
    ]);
  });
});

describe('heading ids of a body', () => {
  const idsIn = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1]);

  it('are the ids the page gives the headings', async () => {
    const body =
      '# Status\n\n## Status\n\n## Grow `ARR` <em>fast</em> ![logo](x.png)\n\n- ## In a list\n\n> ### Café, 東京 & co.\n\nSetext\n---\n';
    const ids = bodyFacts(sourceOf(body)).headingIds;
    expect(ids).toEqual(idsIn(await renderMarkdown(body, { graph, source: sourceOf(body), href })));
    expect(ids).toEqual([
      'section-status',
      'section-status-1',
      'section-grow-arr-fast-',
      'section-in-a-list',
      'section-café-東京--co',
      'section-setext',
    ]);
  });

  it('match the rendered pages of the sample company', async () => {
    for (const document of sample.documents) {
      if (document.source.key.endsWith('.mdx') || bodyFacts(document.source).unlistedIds) continue;
      const html = await renderBody({ graph: sample, source: document.source, href });
      expect(bodyFacts(document.source).headingIds, document.source.key).toEqual(idsIn(html));
    }
  });

  it('are the ids the MDX compiler gives MDX headings, expressions included', () => {
    const body = 'export const n = 3;\n\n## Héllo {n} <b>w</b> `code`\n\n## Héllo {n} <b>w</b> `code`\n';
    const headingPlugin = mdxBodyPlugins({ site: () => ({ graph, context: { contentDir: '', base: '/' } }) })[2]!(
      {} as never,
    )!;
    const { code } = mdxToJs(body, { hastPlugins: [headingPlugin] }) as MdxToJsResult;
    const compiled = [...code.matchAll(/id: "([^"]*)"/g)].map((m) => m[1]);
    expect(bodyFacts(sourceOf(body, 'decisions/2026-10-body.mdx')).headingIds).toEqual(compiled);
    expect(compiled).toEqual(['section-héllo-n-w-code', 'section-héllo-n-w-code-1']);
  });

  it('leave fragments unchecked where raw HTML or footnotes make ids of their own', () => {
    expect(bodyFacts(sourceOf('<h2 id="x">X</h2>')).unlistedIds).toBe(true);
    expect(bodyFacts(sourceOf('Text[^1]\n\n[^1]: A note.')).unlistedIds).toBe(true);
    expect(bodyFacts(sourceOf('## Plain\n\n<b>bold</b>')).unlistedIds).toBe(false);
  });
});

describe('prose of a body', () => {
  it('is the text the page shows, without code, URLs, HTML or MDX expressions', () => {
    const body =
      'TBD in text, `TBD` in code, [TBD](https://x/TBD) <!-- TBD -->\n\n    TBD indented\n\n- a\n  - b TBD\n';
    expect(findInProse(sourceOf(body), /TBD/g)).toEqual([
      { match: 'TBD', line: 8, column: 1 },
      { match: 'TBD', line: 8, column: 30 },
      { match: 'TBD', line: 13, column: 7 },
    ]);
    const mdx = sourceOf('export const TBD = 1;\n\nText {TBD} <Note>TBD</Note>\n', 'decisions/2026-10-body.mdx');
    expect(findInProse(mdx, /TBD/g)).toEqual([{ match: 'TBD', line: 10, column: 18 }]);
  });
});

describe('a body nested past what the parser can read', () => {
  it('is reported where it starts, not thrown on', () => {
    const decision = `---\nid: 2026-10-deep\ntitle: Deep\ndate: 2026-10-02\nstatus: accepted\ndeciders: [jon-park]\n---\n${'> '.repeat(20_000)}x\n`;
    const { result } = checkFiles('body-too-deep', { 'decisions/2026-10-deep.md': decision });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual([
      'content/decisions/2026-10-deep.md:8:1 parse/too-deep Body nests lists or quotes too deep to be read',
    ]);
  });
});

describe('the shared tree', () => {
  it('is parsed once per source and left as parsed by rendering', async () => {
    const source = sourceOf(
      '[a](id:nope) [b](id:company-q4-grow-arr)\n\n```mermaid\nflowchart LR\n```\n\n[c][d]\n\n[d]: id:nope\n',
    );
    const tree = bodyTree(source);
    const before = JSON.stringify(tree.root);
    const html = await renderBody({ graph, source, href });
    expect(html).toBe(await renderMarkdown(source.body, { graph, source, href }));
    expect(JSON.stringify(bodyTree(source).root)).toBe(before);
    expect(bodyTree(source)).toBe(tree);
  });
});
