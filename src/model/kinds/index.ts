import { brief } from './brief.ts';
import { decision } from './decision.ts';
import type { ItemKind, KindDescriptor, KindLabel } from './define.ts';
import { objective } from './objective.ts';
import { person } from './person.ts';
import { priority } from './priority.ts';
import { team } from './team.ts';

export * from './define.ts';
export { walkReferences, type ReferenceVisitor } from './reference-paths.ts';

/**
 * The kinds Throughline reads, in the order the unknown-folder hint lists their folders. A new
 * kind is a schema in src/schemas/, a descriptor here, and its pages.
 */
export const builtInKinds: readonly KindDescriptor[] = [priority, team, person, brief, objective, decision];

/** Lookups over one list of kinds. */
export interface KindIndex {
  byKind: Map<string, KindDescriptor>;
  byFolder: Map<string, KindDescriptor>;
  /** Item kinds with the kind of document that lists them. */
  items: Map<string, { item: ItemKind; in: KindDescriptor }>;
}

const indexes = new WeakMap<readonly KindDescriptor[], KindIndex>();

/** Indexes a list of kinds once; two kinds (or items) with one name, or two kinds in one folder, are a programming error. */
export function indexKinds(kinds: readonly KindDescriptor[]): KindIndex {
  let index = indexes.get(kinds);
  if (index) return index;
  index = { byKind: new Map(), byFolder: new Map(), items: new Map() };
  const names = new Set<string>();
  const claim = (name: string) => {
    if (names.has(name)) throw new Error(`Two kinds are named "${name}"`);
    names.add(name);
  };
  for (const kind of kinds) {
    claim(kind.kind);
    if (index.byFolder.has(kind.folder)) throw new Error(`Two kinds live in the folder "${kind.folder}"`);
    index.byKind.set(kind.kind, kind);
    index.byFolder.set(kind.folder, kind);
    for (const item of kind.items) {
      claim(item.kind);
      index.items.set(item.kind, { item, in: kind });
    }
  }
  indexes.set(kinds, index);
  return index;
}

/** The descriptor of a document kind; a document of a kind missing from the list is a programming error. */
export function kindNamed(kinds: readonly KindDescriptor[], name: string): KindDescriptor {
  const kind = indexKinds(kinds).byKind.get(name);
  if (!kind) throw new Error(`No kind "${name}" is registered`);
  return kind;
}

/** The item kind of an item node. */
export function itemKindNamed(kinds: readonly KindDescriptor[], name: string): ItemKind {
  const found = indexKinds(kinds).items.get(name);
  if (!found) throw new Error(`No item kind "${name}" is registered`);
  return found.item;
}

/** How a node kind, document or item, is named; undefined for a kind not in the list. */
export function labelOf(kinds: readonly KindDescriptor[], name: string): KindLabel | undefined {
  const index = indexKinds(kinds);
  return index.byKind.get(name)?.label ?? index.items.get(name)?.item.label;
}
