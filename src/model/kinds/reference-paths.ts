import type { KindDescriptor, ReferenceField } from './define.ts';

/** The reference fields of a kind as a tree of path segments, so one walk of a document visits them all. */
interface Branch {
  /** The field whose path ends here. */
  field?: ReferenceField;
  /** By segment as written: `owner`, `themes[]`. */
  children: Map<string, Branch>;
  /** The data key of the segment that leads here (`themes` for `themes[]`). */
  key: string;
  /** Whether the segment is a list whose items are walked (`[]`). */
  each: boolean;
}

/** Called with each reference a document holds, the YAML path to it and the field it belongs to. */
export type ReferenceVisitor = (field: ReferenceField, path: readonly (string | number)[], ref: string) => void;

const trees = new WeakMap<KindDescriptor, Branch>();

function treeOf(descriptor: KindDescriptor): Branch {
  let root = trees.get(descriptor);
  if (root) return root;
  root = { children: new Map(), key: '', each: false };
  for (const field of descriptor.references) {
    let branch = root;
    for (const segment of field.path.split('.')) {
      let child = branch.children.get(segment);
      const each = segment.endsWith('[]');
      if (!child)
        branch.children.set(
          segment,
          (child = { children: new Map(), key: each ? segment.slice(0, -2) : segment, each }),
        );
      branch = child;
    }
    branch.field = field;
  }
  trees.set(descriptor, root);
  return root;
}

/**
 * Visits every reference a document's data holds, in document order: fields sharing a list
 * (`initiatives[].owner`, `initiatives[].keyResults[]`) are visited item by item. Absent and
 * empty values are skipped.
 */
export function walkReferences(descriptor: KindDescriptor, data: unknown, visit: ReferenceVisitor): void {
  visitBranch(treeOf(descriptor), data, [], visit);
}

// One path array per walk, pushed and popped; a visitor gets its own copy (it may keep it).
function visitBranch(branch: Branch, value: unknown, path: (string | number)[], visit: ReferenceVisitor): void {
  if (branch.field && typeof value === 'string' && value) visit(branch.field, path.slice(), value);
  if (!branch.children.size || !value || typeof value !== 'object') return;
  for (const child of branch.children.values()) {
    const inner = (value as Record<string, unknown>)[child.key];
    path.push(child.key);
    if (!child.each) visitBranch(child, inner, path, visit);
    else if (Array.isArray(inner))
      for (let i = 0; i < inner.length; i++) {
        path.push(i);
        visitBranch(child, inner[i], path, visit);
        path.pop();
      }
    path.pop();
  }
}
