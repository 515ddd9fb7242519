import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { eachElement, eachNode } from '../../src/render/hast-walk.ts';

const element = (tagName: string, ...children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

describe('walking a body tree', () => {
  it('visits every element in document order, a parent before its children', () => {
    const tree: Root = {
      type: 'root',
      children: [
        element('h1', { type: 'text', value: 'A' }),
        element('ul', element('li', element('p'), element('h2')), element('li')),
        element('p'),
      ],
    };
    const seen: string[] = [];
    eachElement(tree, (node) => seen.push(node.tagName));
    expect(seen).toEqual(['h1', 'ul', 'li', 'p', 'h2', 'li', 'p']);
  });

  it('lets a visitor replace a node and then walks into what replaced it', () => {
    const tree: Root = { type: 'root', children: [element('div', { type: 'text', value: 'old' }), element('p')] };
    const seen: string[] = [];
    eachNode(tree, (node, index, parent) => {
      seen.push(node.type === 'element' ? node.tagName : node.type);
      if (node.type === 'element' && node.tagName === 'div') parent.children[index] = element('pre', element('code'));
    });
    // The replacement is not visited again, but its children are.
    expect(seen).toEqual(['div', 'code', 'p']);
    expect((tree.children[0] as Element).tagName).toBe('pre');
  });

  it('walks a tree nested far deeper than the call stack allows', () => {
    const depth = 200_000;
    const tree: Root = { type: 'root', children: [] };
    let parent: Root | Element = tree;
    for (let i = 0; i < depth; i++) {
      const child = element('div');
      parent.children.push(child);
      parent = child;
    }
    let count = 0;
    eachElement(tree, () => count++);
    expect(count).toBe(depth);
  });
});
