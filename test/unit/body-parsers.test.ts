import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeLimit, parseMarkdown, parseNatively, parseWithRemark } from '../../src/model/body-tree.ts';
import { splitSource } from '../../src/model/source.ts';

// The native parser reads most bodies, remark-parse the rest: a body must read the same either
// way, or a page would change when its body crosses `nativeLimit`. The two agree on every real
// document we have and on the constructs below; on random soups of Markdown syntax they differ in
// about one case in a thousand: emphasis beside an emoji, a combining mark or U+0000, a bare URL
// right after an emoji, a code fence's info string of spaces, a footnote defined inside another,
// and the position of a task item's paragraph or of code in a quote with CRLF line ends.

/** Constructs authors write, each on its own and in the company of the others. */
const constructs: Record<string, string> = {
  headings: '# H1 #\n## H2 ##   \n#not\n\\# escaped\n\nTitle\n=====\n\nSub\n---\n',
  emphasis: '*a **b** c* _d_ __e__ ***f*** **a*b*c** foo*bar* 5*6*7 snake_case_word\n',
  unicode: '## Café — naïve 日本語 😀👍🏽\n\nRevenue **€1.2 m** in 🇩🇪 *Q4*.\n\n- ünïcödé [link](https://x.de/ä)\n',
  lineEnds: '# Title\r\n\r\nPara one\r\nline two\r\n\r\n- a\r\n- b\r\n\rOld Mac\r',
  byteOrderMark: '\ufeff# Title\n\ntext',
  tabs: '-\tone\n\t- two\n\n\tcode\n',
  tables: '| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 |\n| 4 | 5 | 6 |\n\ntext | not a table\n\n|a|\n|-|\n|`|`|\n|\\||\n',
  taskLists: '- [ ] todo\n- [x] done\n- [X] Done\n  - [ ] nested\n',
  strikethrough: '~one~ ~~two~~ ~~~three~~~ ~a~~ ~~b~\n',
  autolinks: 'see www.example.com, https://ex.com/a_(b)?c=d. and me@example.org! <https://x.y> http://a.b/c.\n',
  footnotes: 'Text[^1] and[^note].\n\n[^1]: One.\n[^note]: Two\n    para.\n\n[^unused]: x\n',
  html: '<div>\n*not*\n</div>\n\n<!-- c -->\n\ntext <span>x</span> <br/> <?php ?> <![CDATA[x]]>\n\n<script>alert(1)</script>\n',
  references: '[a][b] [c] ![img][b]\n\n[b]: /url "title"\n[C]: <url with space>\n',
  entities: '&amp; &#x41; &#0; &nbsp; &bogus; \\* \\_\n',
  code: '```js\nlet x = 1;\n```\n\n~~~\ncode\n~~~\n\n``a ` b``\n\n    indented\n\n```\nnever closed\n',
  lists: '1. one\n2. two\n\n3) three\n\n* a\n\n  b\n* c\n\n+ x\n- y\n- | a |\n  | - |\n  | b |\n',
  quotes: '> a\n> > b\n>\n> - c\nlazy\n',
  breaks: 'a  \nb\\\nc\n\n***\n---\n___\n',
  links: '[a](</my url>) [b](url(with)parens) [c](<>) [d]( "t") [a [b](c) d](e) [![i](j)](k) ![alt *x*](/i.png "t")\n',
  documentLinks: 'See [the plan](id:sales-2026-q4) and [the brief](../briefs/2026-Q4.md#themes).\n',
  mermaid: '```mermaid\ngraph TD\n  A-->B\n```\n',
  pathological: `x ${'*'.repeat(3000)}a${'*'.repeat(3000)}\n\n${'['.repeat(3000)}a${'](b)'.repeat(300)}\n`,
};

function bodiesUnder(dir: string): { path: string; body: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.md$/.test(path))
    .flatMap((path) => {
      const { source } = splitSource(readFileSync(join(dir, path)), path, path);
      // Files the fixtures break before their body (no front matter, bad UTF-8) are read whole.
      return [{ path: join(dir, path), body: source?.body ?? readFileSync(join(dir, path), 'utf8') }];
    });
}

describe('the two Markdown parsers', () => {
  it('read every body of the sample, the fixtures and the real data to the same tree, positions included', () => {
    const bodies = ['content', 'test/fixtures', 'test/real-data'].flatMap(bodiesUnder);
    expect(bodies.length).toBeGreaterThan(200);
    for (const { path, body } of bodies) {
      const native = parseNatively(body);
      if (body.length <= nativeLimit && body.isWellFormed()) expect(native, path).toBeDefined();
      if (native) expect(native, path).toEqual(parseWithRemark(body));
    }
  });

  it.each(Object.entries(constructs))('read %s to the same tree', (_, text) => {
    const native = parseNatively(text);
    expect(native).toBeDefined();
    expect(native).toEqual(parseWithRemark(text));
  });

  it('read U+0000 as U+FFFD, at the same positions', () => {
    const text = 'a\u0000b\n\n```\n\u0000\n```\n\n[\u0000](\u0000) `\u0000`\n';
    expect(parseNatively(text)).toEqual(parseWithRemark(text));
    expect(JSON.stringify(parseMarkdown(text))).not.toContain('\\u0000');
  });

  it('leave to remark-parse long text, text that may nest too deep and text that is not well-formed', () => {
    const long = 'a_b'.repeat(nativeLimit / 3 + 1);
    const deep = `${'> '.repeat(600)}a`;
    const lone = 'a \ud800 b';
    for (const text of [long, deep, lone]) expect(parseNatively(text)).toBeUndefined();
    expect(parseNatively('a_b'.repeat(nativeLimit / 3 - 1))).toBeDefined();
    expect(parseMarkdown(lone)).toEqual(parseWithRemark(lone));
    expect(parseMarkdown(long)).toEqual(parseWithRemark(long));
  });
});
