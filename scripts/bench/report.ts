import type { CachedCheckFigures } from './cached-check.ts';
import type { DevReloadFigures } from './dev-reload.ts';
import type { Machine } from './measure.ts';

/** Everything measured at one size; absent figures could not be measured (see `notes`). */
export interface SizeResult {
  objectives: number;
  files: number;
  generateMs: number;
  /** Every `check` run, whole process, in milliseconds. */
  checkRunsMs: number[];
  checkMedianMs: number;
  /** `check` with its cache: cold writing it, warm, and --changed (scripts/bench/cached-check.ts). */
  cachedCheck?: CachedCheckFigures;
  /** `npm run dev`: a save until the page shows it (scripts/bench/dev-reload.ts). */
  devReload?: DevReloadFigures;
  /** Median wall time of the runs (each in `runsMs`), and the highest memory peaks. */
  bareBuild?: { wallMs: number; runsMs: number[]; peakRssMb?: number; peakTreeRssMb?: number };
  build?: { wallMs: number; runsMs: number[]; peakRssMb?: number; peakTreeRssMb?: number };
  /** Our median build time over the bare baseline's. */
  ratio?: number;
  /**
   * Each alternating pair's ratio (our run over the bare run just before it): how far one
   * pair can stray from the ratio of the medians on a machine whose speed drifts.
   */
  pairRatios?: number[];
  buildMsPerObjective?: number;
  bareMsPerObjective?: number;
  pagefindMs?: number;
  pagefindBareMs?: number;
  /** `bytes`: every response but diagram code; `mapBytes`: the part of the HTML that is generated maps. */
  objectivePage?: { path: string; bytes: number; diagramBytes: number; mapBytes: number; requests: number };
  firstSearch?: { bytes: number; requests: number; results: number };
  firstSearchBare?: { bytes: number; requests: number; results: number };
  /** The first search with the archive merged in; absent when every cycle is recent. */
  firstSearchWithArchive?: { bytes: number; requests: number; results: number };
  /** The page with the most boxes on one map: milliseconds from navigation start until the map is painted. */
  map?: { path: string; nodes: number; drawnRunsMs: number[]; drawnMedianMs: number };
  notes: string[];
}

export interface BenchResult {
  date: string;
  machine: Machine;
  seed: number;
  sizes: SizeResult[];
}

interface Row {
  label: string;
  value(size: SizeResult): number | undefined;
  format(value: number): string;
  /** The target, in words, and whether the largest size meets it. */
  target?: string;
  meets?(size: SizeResult, all: readonly SizeResult[]): boolean | undefined;
}

const ms = (v: number) =>
  v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
const mb = (v: number) => `${Math.round(v)} MB`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

/** A figure of `check` with its cache, against the fast-feedback target (≤ 0.5 s at 10,000). */
function halfSecond(
  label: string,
  figure: 'warmMedianMs' | 'changedMedianMs' | 'changedCrossMedianMs' | 'changedCompanyMedianMs',
): Row {
  return {
    label,
    value: (s) => s.cachedCheck?.[figure],
    format: ms,
    target: '≤ 0.5 s at 10,000',
    meets: (s) => (s.objectives >= 10_000 && s.cachedCheck ? s.cachedCheck[figure] <= 500 : undefined),
  };
}

const rows: Row[] = [
  { label: 'files generated', value: (s) => s.files, format: String },
  {
    label: 'check, whole process, no cache (median)',
    value: (s) => s.checkMedianMs,
    format: ms,
    target: '≤ 2 s at 10,000',
    meets: (s) => (s.objectives >= 10_000 ? s.checkMedianMs <= 2000 : undefined),
  },
  { label: 'check, first run writing the cache', value: (s) => s.cachedCheck?.coldWritingMedianMs, format: ms },
  halfSecond('check, warm cache, nothing changed', 'warmMedianMs'),
  halfSecond('check --changed, one file edited', 'changedMedianMs'),
  halfSecond('check --changed, a title edited (checks across documents run on its reach)', 'changedCrossMedianMs'),
  halfSecond("check --changed, a company objective's title edited", 'changedCompanyMedianMs'),
  {
    label: 'npm run dev, save to page showing it',
    value: (s) => s.devReload?.reloadMedianMs,
    format: ms,
    target: '≤ 1 s at 10,000',
    meets: (s) => (s.objectives >= 10_000 && s.devReload ? s.devReload.reloadMedianMs <= 1000 : undefined),
  },
  { label: 'bare Astro build (median)', value: (s) => s.bareBuild?.wallMs, format: ms },
  { label: 'bare Astro peak memory', value: (s) => s.bareBuild?.peakRssMb, format: mb },
  { label: 'full build (median)', value: (s) => s.build?.wallMs, format: ms },
  {
    label: 'full build peak memory',
    value: (s) => s.build?.peakRssMb,
    format: mb,
    target: '≤ 2 GB',
    meets: (s) => (s.build?.peakRssMb === undefined ? undefined : s.build.peakRssMb <= 2048),
  },
  {
    label: 'full build / bare',
    value: (s) => s.ratio,
    format: (v) => `${v.toFixed(2)} ×`,
    target: '≤ 1.5 ×',
    meets: (s) => (s.ratio === undefined ? undefined : s.ratio <= 1.5),
  },
  // How far one alternating pair strays from the ratio of the medians on this machine.
  {
    label: 'full build / bare, lowest pair',
    value: (s) => (s.pairRatios?.length ? Math.min(...s.pairRatios) : undefined),
    format: (v) => `${v.toFixed(2)} ×`,
  },
  {
    label: 'full build / bare, highest pair',
    value: (s) => (s.pairRatios?.length ? Math.max(...s.pairRatios) : undefined),
    format: (v) => `${v.toFixed(2)} ×`,
  },
  {
    label: 'full build per objective',
    value: (s) => s.buildMsPerObjective,
    format: (v) => `${v.toFixed(2)} ms`,
    target: 'no growth 1k → 10k',
    meets: growth,
  },
  { label: 'search indexing (runs beside the rendering)', value: (s) => s.pagefindMs, format: ms },
  { label: 'Pagefind indexing (bare pages)', value: (s) => s.pagefindBareMs, format: ms },
  {
    label: 'objective page, gzip, all',
    value: (s) => s.objectivePage && s.objectivePage.bytes + s.objectivePage.diagramBytes,
    format: kb,
  },
  {
    label: 'objective page, gzip, no diagrams',
    value: (s) => s.objectivePage && s.objectivePage.bytes - s.objectivePage.mapBytes,
    format: kb,
    target: '≤ 30 KB',
    meets: (s) => (s.objectivePage ? s.objectivePage.bytes - s.objectivePage.mapBytes <= 30 * 1024 : undefined),
  },
  {
    label: 'first search query, gzip',
    value: (s) => s.firstSearch?.bytes,
    format: kb,
    target: '≤ 150 KB',
    meets: (s) => (s.firstSearch ? s.firstSearch.bytes <= 150 * 1024 : undefined),
  },
  { label: 'first search query, archive included', value: (s) => s.firstSearchWithArchive?.bytes, format: kb },
  { label: 'first search query (bare pages)', value: (s) => s.firstSearchBare?.bytes, format: kb },
  {
    label: 'largest map drawn (median)',
    value: (s) => s.map?.drawnMedianMs,
    format: ms,
    target: '≤ 1 s',
    meets: (s) => (s.map ? s.map.drawnMedianMs <= 1000 : undefined),
  },
];

function growth(size: SizeResult, all: readonly SizeResult[]): boolean | undefined {
  const smallest = all[0];
  if (
    !smallest ||
    smallest === size ||
    size.buildMsPerObjective === undefined ||
    smallest.buildMsPerObjective === undefined
  )
    return undefined;
  return size.buildMsPerObjective <= smallest.buildMsPerObjective;
}

/** A plain-text table: one row per figure, one column per size, then the target and whether the largest size meets it. */
export function formatTable(result: BenchResult, checkOnly = false): string {
  const header = ['', ...result.sizes.map((s) => `${s.objectives.toLocaleString('en')} objectives`), 'target', ''];
  // A --check-only run leaves out the figures it did not try to measure and no target asks for.
  const shown = checkOnly
    ? rows.filter((row) => row.target || result.sizes.some((s) => row.value(s) !== undefined))
    : rows;
  const body = shown.map((row) => {
    const cells = result.sizes.map((s) => {
      const v = row.value(s);
      return v === undefined ? 'n/a' : row.format(v);
    });
    const largest = result.sizes.at(-1)!;
    const verdict = row.meets?.(largest, result.sizes);
    return [row.label, ...cells, row.target ?? '', verdict === undefined ? '' : verdict ? 'met' : 'MISSED'];
  });
  const table = [header, ...body];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const notes = result.sizes.flatMap((s) => s.notes.map((n) => `- ${s.objectives}: ${n}`));
  const m = result.machine;
  return [
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, load ${m.loadAverage}, ${result.date}`,
    '',
    line(header),
    ...body.map(line),
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
  ].join('\n');
}
