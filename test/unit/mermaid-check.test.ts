import { describe, expect, it } from 'vitest';
import { hasAuthorDiagram } from '../../src/model/maps/index.ts';
import { checkFiles } from '../support/content-fixtures.ts';

const decision = (diagram: string) => `---
id: 2026-10-diagram
title: A decision with a diagram
date: 2026-10-02
status: accepted
deciders: [jon-park]
---
Text before.

\`\`\`mermaid
${diagram}
\`\`\`
`;

describe('check on author diagrams', () => {
  it.each([
    [
      'a click handler',
      'flowchart LR\n  a --> b\n  click a callback',
      'Mermaid diagram contains a `click` directive',
      13,
      3,
    ],
    ['a link', 'flowchart LR\n  a["see href=x"] --> b', 'Mermaid diagram contains an `href`', 12, 10],
    [
      'a javascript: URL',
      'flowchart LR\n  a --> b["javascript:alert(1)"]',
      'Mermaid diagram contains a `javascript:` URL',
      12,
      12,
    ],
    [
      'HTML in a label',
      'flowchart LR\n  a["<img src=x onerror=alert(1)>"] --> b',
      'Mermaid diagram contains HTML in a label',
      12,
      6,
    ],
    [
      'a directive other than init',
      '%%{ wrap }%%\nsequenceDiagram\n  a->>b: hi',
      'Mermaid diagram contains a `%%{…}%%` directive',
      11,
      1,
    ],
    [
      'configuration in front matter',
      '---\ntitle: Plan\nconfig:\n  look: handDrawn\n---\nflowchart LR\n  a --> b',
      'Mermaid diagram contains configuration in its front matter',
      13,
      1,
    ],
    [
      'themeCSS, wherever it is written',
      'flowchart LR\n  %% themeCSS: .node { display: none }',
      'Mermaid diagram contains a `themeCSS` setting',
      12,
      6,
    ],
    [
      'themeVariables',
      'flowchart LR\n  a --> b\n%% themeVariables: {"primaryColor": "red"}',
      'Mermaid diagram contains a `themeVariables` setting',
      13,
      4,
    ],
  ])('rejects %s with the line, the rule and how to fix it', (_, diagram, message, line, column) => {
    const { result } = checkFiles('mermaid-check', { 'decisions/2026-10-diagram.md': decision(diagram) });
    expect(result.diagnostics.filter((d) => d.rule === 'mermaid/unsafe')).toEqual([
      {
        file: 'content/decisions/2026-10-diagram.md',
        line,
        column,
        severity: 'error',
        rule: 'mermaid/unsafe',
        message,
        hint: "Diagrams are drawn in readers' browsers: use plain labels and link documents from the text instead.",
      },
    ]);
  });

  it('reports a front matter once, at its first line that configures Mermaid', () => {
    const { result } = checkFiles('mermaid-check', {
      'decisions/2026-10-diagram.md': decision('---\nconfig:\n  theme: dark\n  look: handDrawn\n---\nflowchart LR'),
    });
    expect(result.diagnostics.filter((d) => d.rule === 'mermaid/unsafe').map((d) => [d.line, d.column])).toEqual([
      [12, 1],
    ]);
  });

  it('reports raw HTML <pre class="mermaid"> outside code, where the tag starts', () => {
    const body = [
      '<pre class="mermaid">graph TD</pre>', // 8
      'Some text <pre title="x" class=\'wide mermaid\'>graph TD</pre>', // 9
      '<pre', // 10
      '  class="mermaid">graph TD</pre>', // 11
      '`<pre class="mermaid">` in inline code, <pre class="mermaidish">, <pre data-class="mermaid">', // 12
      '```html', // 13
      '<pre class="mermaid">in a code block</pre>', // 14
      '```', // 15
      '<PRE/CLASS=mermaid>graph TD</PRE>', // 16: not a tag to Markdown (no space before the attribute), so text
      '<PRE CLASS=mermaid>graph TD</PRE>', // 17
    ].join('\n');
    const { result } = checkFiles('mermaid-check', {
      'decisions/2026-10-diagram.md': decision('flowchart LR').replace(/Text before\.[^]*$/, body),
    });
    const found = result.diagnostics.filter((d) => d.rule === 'mermaid/unsafe');
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [8, 1],
      [9, 11],
      [10, 1],
      [17, 1],
    ]);
    expect(found[0]!.message).toBe('Mermaid diagram written as HTML `<pre class="mermaid">`');
  });

  it('accepts a plain diagram, quotes, brackets, pipes and all', () => {
    const { result } = checkFiles('mermaid-check', {
      'decisions/2026-10-diagram.md': decision('flowchart LR\n  a["Grow ARR (EMEA) | #1 🚀"] -->|"yes"| b{"東京?"}'),
    });
    expect(result.diagnostics.filter((d) => d.rule === 'mermaid/unsafe')).toEqual([]);
  });

  it('tells pages which documents need the diagram loader', () => {
    const { result } = checkFiles('mermaid-check', {
      'decisions/2026-10-diagram.md': decision('flowchart LR\n  a --> b'),
    });
    const sources = result.graph!.sources;
    expect(hasAuthorDiagram(sources.get('decisions/2026-10-diagram.md')!)).toBe(true);
    expect(hasAuthorDiagram(sources.get('teams/sales.md')!)).toBe(false);
  });
});
