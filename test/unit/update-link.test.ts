import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { loadContent } from '../../src/model/load.ts';
import type { KeyResult } from '../../src/model/types.ts';
import { blobLineUrl, checkInCommand, keyResultLine } from '../../src/render/update-link.ts';
import { resolvePlace } from '../../src/model/positions.ts';

describe("a key result's update link", () => {
  it('turns a GitHub edit URL into the blob view at the line', () => {
    expect(blobLineUrl('https://github.com/acme/okrs/edit/main/content/okrs/2026-Q4/sales.md', 14)).toBe(
      'https://github.com/acme/okrs/blob/main/content/okrs/2026-Q4/sales.md#L14',
    );
  });

  it('turns a GitLab edit URL into the blob view at the line', () => {
    expect(blobLineUrl('https://git.example/strategy/okrs/-/edit/main/content/okrs/a%20b.md', 3)).toBe(
      'https://git.example/strategy/okrs/-/blob/main/content/okrs/a%20b.md#L3',
    );
  });

  it('guesses nothing for any other host', () => {
    expect(blobLineUrl('https://wiki.example/okrs/content/okrs/sales.md', 3)).toBeUndefined();
    expect(blobLineUrl('not a url', 3)).toBeUndefined();
  });

  it("finds the line of every key result's entry in its objective's file, as the YAML parser places it", () => {
    for (const content of ['test/build/fixtures/company', 'content']) {
      const graph = buildGraph(loadContent(content), { today: '2026-11-24' });
      expect(graph.keyResults.length).toBeGreaterThan(3);
      for (const kr of graph.keyResults) {
        const lines = kr.objective.source.text.split('\n');
        expect(lines[keyResultLine(kr) - 1], kr.ref).toMatch(new RegExp(`^\\s*- id: "?${kr.data.id}"?\\s*$`));
        expect(keyResultLine(kr), kr.ref).toBe(
          resolvePlace(kr.objective.source, { path: ['keyResults', kr.index] }).line,
        );
      }
    }
  });

  it('falls back to the YAML parser for a list written in flow style', () => {
    const frontmatter = 'id: o\ntitle: T\nkeyResults:\n  [{ id: a, title: A }, { id: b, title: B }]\n';
    const source = {
      key: 'okrs/o.md',
      displayPath: 'o.md',
      text: `---\n${frontmatter}---\n`,
      frontmatter,
      frontmatterLine: 2,
      body: '',
      bodyLine: 7,
    };
    const kr = { index: 1, objective: { source, data: { keyResults: [{}, {}] } } } as unknown as KeyResult;
    expect(keyResultLine(kr)).toBe(resolvePlace(source, { path: ['keyResults', 1] }).line);
    expect(keyResultLine(kr)).toBe(5);
  });

  it('writes the check-in command with a placeholder the command refuses as it stands', () => {
    const graph = buildGraph(loadContent('test/build/fixtures/company'), { today: '2026-11-24' });
    const kr = graph.keyResults[0]!;
    expect(checkInCommand(kr, 'high')).toBe(`npx throughline checkin ${kr.ref} VALUE --confidence high`);
    expect(checkInCommand(kr)).toContain('--confidence medium');
  });
});
