import { describe, expect, it } from 'vitest';
import { briefSchema } from '../../src/schemas/brief.ts';
import { configSchema } from '../../src/schemas/config.ts';
import { objectiveSchema } from '../../src/schemas/objective.ts';
import { validate } from '../../src/model/schema-issues.ts';

const objective = (fields: Record<string, unknown>, keyResult: Record<string, unknown> = {}) => ({
  id: 'sales-q4-latency',
  title: 'Fast everywhere',
  cycle: '2026-Q4',
  team: 'sales',
  owner: 'jon-park',
  keyResults: [
    { id: 'p50', title: 'p50 under 100 ms', baseline: 140, target: 100 },
    { id: 'p95', title: 'p95 under 300 ms', baseline: 500, target: 300, ...keyResult },
  ],
  ...fields,
});
const messages = (schema: Parameters<typeof validate>[0], data: unknown) =>
  validate(schema, data, 'okrs/x.md').findings.map((f) => [f.message, f.hint]);

describe('schema diagnostics', () => {
  it('name list items by their id or date, and by their index otherwise', () => {
    const checkIns = [{ date: '2026-10-01', value: 400 }, { date: '2026-10-07' }];
    expect(messages(objectiveSchema, objective({}, { checkIns }))[0]![0]).toBe(
      'Missing required field "keyResults[p95].checkIns[2026-10-07].value"',
    );
    const unnamed = objective({ keyResults: [{ title: 'p99', target: 1 }] });
    expect(messages(objectiveSchema, unnamed)[0]![0]).toBe('Missing required field "keyResults[0].id"');
  });

  it('give every problem a hint, with the fix when the cause is plain', () => {
    const cases: [unknown, string, string][] = [
      [objective({ grade: 1.5 }), 'grade must be at most 1, received 1.5', 'grades run from 0 to 1'],
      [objective({}, { target: '6,000,000' }), 'keyResults[p95].target', 'without thousands separators: 6000000.'],
      [objective({}, { target: null }), 'received null', 'Write the value after the colon'],
      [objective({ title: '' }), 'title must be a non-empty text', 'Write the text'],
      [objective({ status: 'actve' }), 'status must be one of', 'Use one of'],
      [objective({ alignsTo: 'x' }), 'alignsTo must be a list', 'Write a list'],
      [
        objective({ keyResults: [{ id: 'a', title: 'A', target: 1, checkIns: [{ date: '07/10/2026', value: 1 }] }] }),
        'checkIns[07/10/2026].date',
        'YYYY-MM-DD',
      ],
      [objective({ dependsOn: [{ ref: 'x', extra: 1 }] }), 'Unknown field "extra" in dependsOn[0]', 'Allowed fields'],
      [{ fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth must be at most 12', 'Write a value that is at most 12.'],
    ];
    for (const [data, message, hint] of cases) {
      const schema = 'fiscalYearStartMonth' in (data as object) ? configSchema : objectiveSchema;
      const found = messages(schema, data);
      expect(found.length, message).toBeGreaterThan(0);
      expect(
        found.find(([m]) => m!.includes(message)),
        message,
      ).toEqual([expect.any(String), expect.stringContaining(hint)]);
      for (const [m, h] of found) expect(h, m).toEqual(expect.any(String));
    }
    const tooMany = { cycle: '2026-Q4', themes: [{ id: 't', title: 'T', why: 'W', keywords: Array(60).fill('k') }] };
    for (const [m, h] of messages(briefSchema, tooMany)) expect(h, m).toEqual(expect.any(String));
  });
});
