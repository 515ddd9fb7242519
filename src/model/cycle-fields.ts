import { canonicalCycle, canonicalRef, cycleHint } from './cycle-names.ts';
import type { FiscalCalendar } from './cycles.ts';
import type { Finding } from './diagnostics.ts';
import type { KindDescriptor } from './kinds/index.ts';
import type { ContentDocument } from './types.ts';

/**
 * Makes every cycle a document holds canonical, as the company wrote it (`FY21-Q3`,
 * `FY2021 Q3`, `2021-Q3` → `2021-Q3`), so that the graph, pages and URLs know one id per cycle.
 * The schema has already refused what is not a cycle; the id of a brief follows its cycle.
 */
export function canonicalCycles(document: ContentDocument, kind: KindDescriptor): void {
  const data = document.data as unknown as Record<string, unknown>;
  for (const path of kind.cycleFields ?? []) rewrite(data, path.split('.'), (cycle) => canonicalCycle(cycle) ?? cycle);
  for (const path of kind.briefRefs ?? []) rewrite(data, path.split('.'), canonicalRef);
  (document as { id: string }).id = data[kind.idField] as string;
}

/** Gives a cycle field's schema error the forms this configuration accepts, with an example of its own. */
export function withCycleHint(
  finding: Finding,
  fields: readonly string[] | undefined,
  calendar: Pick<FiscalCalendar, 'namedBy'>,
  example?: string,
): Finding {
  const { place } = finding;
  if (finding.rule !== 'schema/invalid-value' || !('path' in place) || place.path.length !== 1) return finding;
  if (!fields?.includes(String(place.path[0]))) return finding;
  return { ...finding, hint: cycleHint(calendar, example) };
}

/** Replaces the strings at a path such as `dependsOn[].ref`; absent fields and other values are left alone. */
function rewrite(value: unknown, segments: readonly string[], change: (text: string) => string): void {
  if (!value || typeof value !== 'object' || !segments.length) return;
  const [segment, ...rest] = segments as [string, ...string[]];
  const each = segment.endsWith('[]');
  const key = each ? segment.slice(0, -2) : segment;
  const record = value as Record<string, unknown>;
  const inner = record[key];
  if (each && Array.isArray(inner)) {
    inner.forEach((item, i) => {
      if (!rest.length && typeof item === 'string') inner[i] = change(item);
      else rewrite(item, rest, change);
    });
  } else if (!each) {
    if (!rest.length && typeof inner === 'string') record[key] = change(inner);
    else rewrite(inner, rest, change);
  }
}
