import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { chartGeometry } from '../../src/render/view/chart.ts';
import { formatValue } from '../../src/render/view/values.ts';
import { editFolderUrl, editUrlOf } from '../../src/render/edit-link.ts';
import { joinBase, pathOf } from '../../src/render/urls.ts';
import { configSchema } from '../../src/schemas/config.ts';

const q4 = parseCycle('2026-Q4', 1)!;

describe('check-in chart geometry', () => {
  it('spans the whole cycle in time and draws higher values higher, for decreasing metrics too', () => {
    const g = chartGeometry({
      cycle: q4,
      today: '2026-11-24',
      baseline: 120,
      target: 80,
      checkIns: [
        { date: '2026-10-01', value: 120 },
        { date: '2026-12-31', value: 80 },
      ],
      width: 100,
      height: 50,
    });
    expect(g.dots[0]).toMatchObject({ x: 6, y: 6 });
    expect(g.dots[1]).toMatchObject({ x: 94, y: 44 });
    expect(g.guides.map((guide) => [guide.kind, guide.y])).toEqual([
      ['baseline', 6],
      ['target', 44],
    ]);
    expect(g.line).toBe('6,6 94,44');
  });

  it('marks today only inside the cycle, and keeps out-of-range dates on the axis', () => {
    expect(
      chartGeometry({ cycle: q4, today: '2027-01-05', checkIns: [{ date: '2027-02-01', value: 1 }] }),
    ).not.toHaveProperty('today');
    const g = chartGeometry({
      cycle: q4,
      today: '2026-11-15',
      checkIns: [{ date: '2027-02-01', value: 1 }],
      width: 100,
    });
    expect(g.today).toBeGreaterThan(6);
    expect(g.dots[0]!.x).toBe(94);
  });

  it('draws a flat series in the middle band without dividing by zero', () => {
    const g = chartGeometry({
      cycle: q4,
      today: '2026-11-15',
      checkIns: [
        { date: '2026-10-10', value: 5 },
        { date: '2026-10-20', value: 5 },
      ],
    });
    expect(g.dots.every((dot) => Number.isFinite(dot.y))).toBe(true);
  });
});

describe('values with their units', () => {
  it.each([
    [{ type: 'currency', unit: 'EUR' }, 3200000, '€3,200,000'],
    [{ type: 'currency', unit: 'SEK' }, 12.5, '12.5 SEK'],
    [{ type: 'percentage' }, 42.25, '42.25%'],
    [{ type: 'metric', unit: 'days' }, 104, '104 days'],
    [{ type: 'metric' }, 7, '7'],
    [{ type: 'binary' }, 1, 'Yes'],
    [{ type: 'binary' }, 0, 'No'],
  ] as const)('%o %d → %s', (kr, value, shown) => {
    expect(formatValue(value, kr)).toBe(shown);
  });

  it('shows a dash for an unknown value', () => {
    expect(formatValue(undefined, { type: 'metric' })).toBe('—');
  });
});

describe('links', () => {
  it('joins a base path and a page path with one slash', () => {
    expect(joinBase('/intranet/okr', 'teams/sales/')).toBe('/intranet/okr/teams/sales/');
    expect(joinBase('/', '/teams/')).toBe('/teams/');
  });

  it('builds edit links from the configured host and content folder, escaping the path', () => {
    const config = configSchema.parse({ editUrl: 'https://git.example/edit/main', contentPath: '/content/' });
    expect(editUrlOf({ editFolderUrl: editFolderUrl(config) }, 'okrs/2026-Q4/sales/win big.md')).toBe(
      'https://git.example/edit/main/content/okrs/2026-Q4/sales/win%20big.md',
    );
    expect(editFolderUrl(configSchema.parse({ editUrl: 'https://git.example/edit/main/', contentPath: '' }))).toBe(
      'https://git.example/edit/main/',
    );
    expect(editFolderUrl(configSchema.parse({}))).toBeUndefined();
    expect(editUrlOf({}, 'teams/x.md')).toBeUndefined();
  });

  it('refuses edit links that are not http or https', () => {
    expect(configSchema.safeParse({ editUrl: "javascript:alert('x')//" }).success).toBe(false);
  });

  it('routes items inside documents to an anchor on their document page', () => {
    const objective = { kind: 'objective', id: 'o' } as never;
    expect(pathOf({ kind: 'key-result', ref: 'o/k', objective, index: 0, data: { id: 'k' } } as never)).toBe(
      'objectives/o/#kr-k',
    );
  });
});
