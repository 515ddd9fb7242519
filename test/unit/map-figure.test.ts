import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { MapNode, StrategyMap } from '../../src/model/maps/index.ts';
import { attr, Markup, markup } from '../../src/render/html.ts';
import { mapFigureHtml } from '../../src/render/view/map-figure.ts';

describe('markup', () => {
  it('escapes what is put into it and keeps what the site wrote', () => {
    const title = `<script>alert("x")</script> & 'quotes'`;
    expect(markup`<p>${title}</p>`.html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
    expect(markup`<p>${new Markup('<em>kept</em>')}${['a', 1, false, undefined, null, ['<b>']]}</p>`.html).toBe(
      '<p><em>kept</em>a1&lt;b&gt;</p>',
    );
  });

  it('writes an attribute only when it has a value, with quotes and ampersands escaped', () => {
    expect(markup`<a${attr('href', '/a?b=1&c="2"')}${attr('title', undefined)}${attr('hidden', true)}>`.html).toBe(
      '<a href="/a?b=1&amp;c=&quot;2&quot;" hidden>',
    );
    expect(attr('hidden', false).html).toBe('');
    expect(attr('width', 12).html).toBe(' width="12"');
  });
});

const box = (id: string, level: number, title = id): MapNode => ({
  id,
  kind: 'objective',
  ref: id,
  title,
  team: 'Sales',
  status: 'on-track',
  progress: 0.4,
  href: `/objectives/${id}/`,
  level,
});

/** A chain of `length` boxes, each under the one before, with a hostile title on the last. */
function chain(length: number): StrategyMap {
  const nodes = Array.from({ length }, (_, i) =>
    box(`o${i}`, i, i === length - 1 ? '<img src=x onerror=alert(1)>' : `O ${i}`),
  );
  return {
    kind: 'objective',
    id: 'map-objective-o0',
    title: 'Neighbourhood of O 0',
    nodes,
    edges: nodes.slice(1).map((node, i) => ({ from: nodes[i]!.id, to: node.id, kind: 'aligns' as const })),
    roots: ['o0'],
    children: new Map(nodes.slice(0, -1).map((node, i) => [node.id, [nodes[i + 1]!.id]])),
    capped: false,
  };
}

describe('mapFigureHtml', () => {
  it('writes the outline as lists nested as deep as the tree, each fold button pointing at the list it folds', () => {
    const { entries, folds, lists } = readOutline(mapFigureHtml(chain(60)));
    expect(entries.map((entry) => entry.id)).toEqual(Array.from({ length: 60 }, (_, i) => `o${i}`));
    // Each box's entry is inside its parent's, so the deepest sits under 60 lists.
    expect(entries.map((entry) => entry.lists)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(folds).toHaveLength(59);
    for (const fold of folds) expect(lists.get(fold.controls)).toBe(fold.box);
  });

  it('never lets a title become markup', () => {
    const figure = mapFigureHtml(chain(3));
    expect(figure).not.toContain('<img');
    expect(figure).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('writes the drawing alone when the page lists the same boxes itself', () => {
    const full = mapFigureHtml(chain(3));
    const alone = mapFigureHtml(chain(3), { drawingOnly: true, caption: 'Around O 0' });
    expect(full).toContain('class="tl-map-outline"');
    expect(full).toContain('class="tl-map-source"');
    expect(alone).not.toContain('tl-map-outline');
    expect(alone).not.toContain('tl-map-source');
    expect(alone).toContain('<svg');
    expect(alone).toContain('the page lists the same goals in its sections');
    expect(alone).toContain('>Around O 0</figcaption>');
    expect(alone).toContain(' data-drawing-only>');
    expect(full).not.toContain('data-drawing-only');
  });

  it('writes nothing for an empty map', () => {
    expect(mapFigureHtml({ ...chain(1), nodes: [], edges: [], roots: [] })).toBe('');
  });
});

/** The outline's entries (box id and how many lists enclose it), fold buttons, and which entry each list id sits in. */
function readOutline(figure: string) {
  const entries: { id: string; lists: number }[] = [];
  const folds: { box: string; controls: string }[] = [];
  const lists = new Map<string, string>();
  const open: { tag: string; outline?: string }[] = [];
  const parser = new Parser({
    onopentag(tag, attributes) {
      const inOutline = open.some((element) => element.outline !== undefined) || attributes['data-outline'];
      if (attributes['data-outline']) {
        entries.push({ id: attributes['data-outline'], lists: open.filter((element) => element.tag === 'ul').length });
      }
      const box = open.findLast((element) => element.outline !== undefined)?.outline;
      if (tag === 'ul' && attributes.id && box) lists.set(attributes.id, box);
      if (tag === 'button' && attributes['data-fold'] && inOutline)
        folds.push({ box: attributes['data-fold'], controls: attributes['aria-controls']! });
      open.push({ tag, outline: attributes['data-outline'] });
    },
    onclosetag() {
      open.pop();
    },
  });
  const outline = figure.slice(
    figure.indexOf('<details class="tl-map-outline">'),
    figure.indexOf('<details class="tl-map-source">'),
  );
  parser.write(outline);
  parser.end();
  return { entries, folds, lists };
}
