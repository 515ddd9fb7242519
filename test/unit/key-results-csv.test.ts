import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { keyResultsCsv } from '../../src/render/exports/key-results-csv.ts';
import { spreadsheetColumns } from '../../src/model/spreadsheet/columns.ts';
import type { Graph } from '../../src/model/graph.ts';
import { siteData } from '../../src/render/data.ts';
import { runImport } from '../../tools/import/run.ts';
import { root } from '../support/content-fixtures.ts';

const today = '2026-11-24';
const graphOf = (contentDir: string) => siteData({ contentDir, today }, { reload: true }).graph;

/** What a spreadsheet carries of each objective: the fields a round trip must keep. */
function sheetView(graph: Graph) {
  return graph.objectives
    .map((o) => ({
      id: o.id,
      title: o.data.title,
      cycle: o.data.cycle,
      team: o.data.team,
      owner: o.data.owner,
      status: o.data.status,
      grade: o.data.grade,
      alignsTo: o.data.alignsTo,
      keyResults: (graph.keyResultsOf.get(o.id) ?? []).map((kr) => {
        const { checkIns, ...rest } = kr.data;
        // A binary key result goes from 0 to 1 whether or not the file says so.
        if (rest.type === 'binary' && rest.baseline === 0) delete rest.baseline;
        if (rest.type === 'binary' && rest.target === 1) delete rest.target;
        return { ...rest, latest: checkIns.at(-1)?.value };
      }),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('the key results CSV', () => {
  it("has the importer's columns, one row per key result, and every published objective", () => {
    const graph = graphOf(resolve(root, 'content'));
    const rows = parse(keyResultsCsv(graph)) as string[][];
    expect(rows[0]).toEqual(spreadsheetColumns.map((c) => c.header));
    expect(rows.length - 1).toBe(
      graph.objectives.reduce((n, o) => n + Math.max(1, graph.keyResultsOf.get(o.id)?.length ?? 0), 0),
    );
  });

  it('imports back into the same objectives and key results', async () => {
    const graph = graphOf(resolve(root, 'content'));
    const dir = mkdtempSync(join(tmpdir(), 'throughline-roundtrip-'));
    const content = join(dir, 'content');
    // The rest of the company (strategy, briefs, teams, people, decisions) is there; the OKRs come from the sheet.
    cpSync(resolve(root, 'content'), content, { recursive: true, filter: (path) => !path.includes('/okrs') });
    writeFileSync(join(dir, 'okrs.csv'), keyResultsCsv(graph));
    const result = await runImport({ input: 'okrs.csv', out: 'content', today, cwd: dir });
    expect(result.lines.filter((line) => / error /.test(line))).toEqual([]);
    expect(sheetView(graphOf(content))).toEqual(sheetView(graph));
    rmSync(dir, { recursive: true, force: true });
  });

  it('quotes what CSV needs quoted and keeps text from running as a formula', () => {
    const graph = graphOf(resolve(root, 'content'));
    const objective = graph.objectives[0]!;
    const hostile = {
      ...objective,
      data: { ...objective.data, title: '=HYPERLINK("https://evil.example","x"), "quoted"' },
    };
    const csv = keyResultsCsv({ ...graph, objectives: [hostile], keyResultsOf: new Map() } as unknown as Graph);
    const [, row] = parse(csv) as string[][];
    expect(row![spreadsheetColumns.findIndex((c) => c.key === 'objective')]).toBe(
      `'=HYPERLINK("https://evil.example","x"), "quoted"`,
    );
  });
});
