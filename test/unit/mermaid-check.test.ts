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
