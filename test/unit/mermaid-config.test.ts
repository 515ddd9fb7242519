import { describe, expect, it } from 'vitest';
import { diagramConfigProblem, frontMatterConfigLine } from '../../src/model/mermaid-config.ts';

const directive = 'it sets Mermaid options with a %%{…}%% directive';
const frontMatter = 'its front matter sets Mermaid options; only a title is allowed there';

describe('what the diagram loader refuses to hand to Mermaid', () => {
  it.each([
    ['a plain flowchart', 'flowchart LR\n  a --> b', undefined],
    ['a mindmap, indented', 'mindmap\n  root((Growth))\n    Pricing\n      Floors', undefined],
    ['a comment', '%% just a note\nflowchart LR\n  a --> b', undefined],
    ['a lone % in a label', 'flowchart LR\n  a["40%"] --> b', undefined],
    ['front matter with a title', '---\ntitle: Cost per parcel\n---\nflowchart LR\n  a --> b', undefined],
    [
      "front matter with a title, Gantt's display mode, a comment and blank lines",
      '---\n\ntitle: "Plan: Q4"\n# the plan\ndisplayMode: compact\n---\ngantt\n  title Plan',
      undefined,
    ],
    ['an init directive', '%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  a --> b', directive],
    ['an initialize directive, spaced', '%%{ initialize : { "theme": "dark" } }%%\ngraph TD\n  a --> b', directive],
    ['a wrap directive', '%%{wrap}%%\nsequenceDiagram\n  a->>b: hi', directive],
    ['a directive inside a label', 'flowchart LR\n  a["%%{init: {}}%%"] --> b', directive],
    ['an unclosed directive', 'flowchart LR\n  a --> b\n%%{init: {"themeCSS": "x"', directive],
    ['config in front matter', '---\nconfig:\n  securityLevel: loose\n---\nflowchart LR\n  a --> b', frontMatter],
    [
      'themeCSS under config, after a title',
      '---\ntitle: x\nconfig:\n  themeCSS: "body { display: none }"\n---\nflowchart LR\n  a --> b',
      frontMatter,
    ],
    ['config as a flow mapping', '---\n{config: {theme: dark}}\n---\nflowchart LR\n  a --> b', frontMatter],
    ['a quoted config key', '---\n"config": {theme: dark}\n---\nflowchart LR', frontMatter],
    ['front matter after blank lines', '\n\n---\nconfig: {}\n---\nflowchart LR', frontMatter],
    ['indented front matter', '  ---\n  config:\n    theme: dark\n  ---\nflowchart LR', frontMatter],
    [
      'a closing line indented otherwise, which Mermaid reads past',
      '---\ntitle: x\n  ---\nconfig: {theme: dark}\n---\nflowchart LR',
      frontMatter,
    ],
    ['a no-break space before the opening line', '\u00a0---\nconfig: {}\n\u00a0---\nflowchart LR', frontMatter],
    ['Windows line ends', '---\r\nconfig: {}\r\n---\r\nflowchart LR', frontMatter],
    [
      'a click directive',
      'flowchart LR\n  a --> b\n  click a "https://example.com"',
      'it contains a `click` directive',
    ],
    ['an href', 'flowchart LR\n  a --> b\n  link a href', 'it contains an `href`'],
    ['HTML in a label', 'flowchart LR\n  a[<img src=x>] --> b', 'it contains HTML in a label'],
  ])('%s', (_, source, expected) => {
    expect(diagramConfigProblem(source)).toBe(expected);
  });

  it('says which front matter line configures Mermaid, for check to report', () => {
    expect(frontMatterConfigLine(['---', 'title: Plan', 'config:', '  theme: dark', '---', 'flowchart LR'])).toBe(2);
    expect(frontMatterConfigLine(['flowchart LR', 'config: not front matter'])).toBeUndefined();
    expect(frontMatterConfigLine(['---', 'title: Plan', '---', 'config: after it'])).toBeUndefined();
  });
});
