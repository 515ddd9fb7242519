import { createRequire } from 'node:module';
import type { LineCounter, Node, parseDocument } from 'yaml';
import type { Place } from './diagnostics.ts';
import type { SourceFile } from './source.ts';

// The YAML parser with positions is loaded when a finding is first placed: a run with none never needs it.
const require = createRequire(import.meta.url);
let yamlLibrary: typeof import('yaml') | undefined;
const yaml = () => (yamlLibrary ??= require('yaml') as typeof import('yaml'));

interface Located {
  doc: ReturnType<typeof parseDocument>;
  lines: LineCounter;
}

// Parsing with positions is slow, so it happens only for files that have findings.
const cache = new WeakMap<SourceFile, Located>();

function locate(source: SourceFile): Located {
  let located = cache.get(source);
  if (!located) {
    const { LineCounter, parseDocument } = yaml();
    const lines = new LineCounter();
    const doc = parseDocument(source.frontmatter, {
      lineCounter: lines,
      schema: 'core',
      uniqueKeys: false,
      keepSourceTokens: false,
    });
    located = { doc, lines };
    cache.set(source, located);
  }
  return located;
}

/**
 * Turns a place into a 1-based line and column of the original file. A YAML path
 * resolves to its key (or value); a path that stops short (a missing field) resolves to
 * the deepest node that exists.
 */
export function resolvePlace(source: SourceFile | undefined, place: Place): { line: number; column: number } {
  if ('line' in place) return { line: place.line, column: place.column };
  if (!source) return { line: 1, column: 1 };
  const { doc, lines } = locate(source);
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (let i = 0; i < place.path.length; i++) {
    const segment = place.path[i];
    const last = i === place.path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const key = pair.key as Node;
      const value = pair.value as Node | null;
      offset =
        last && place.part !== 'value' ? (key.range?.[0] ?? offset) : (value?.range?.[0] ?? key.range?.[0] ?? offset);
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const pos = lines.linePos(offset);
  return { line: source.frontmatterLine + pos.line - 1, column: pos.col };
}
