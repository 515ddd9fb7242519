import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { chartGeometry } from '../../src/render/view/chart.ts';
import { formatValue } from '../../src/render/view/values.ts';
import { editFolderUrl, editUrlOf } from '../../src/render/edit-link.ts';
import { joinBase, pathOf } from '../../src/render/urls.ts';
import { configSchema } from '../../src/schemas/config.ts';

const q4 = parseCycle('2026-Q4', 1)!;

describe('check-in chart geometry', () => {
  const falling = {
    cycle: q4,
    today: '2026-11-24',
    baseline: 120,
    target: 80,
    checkIns: [
      { date: '2026-10-01', value: 120 },
      { date: '2026-11-17', value: 104 },
    ],
  };

  it('spans the whole cycle in time and draws higher values higher, for decreasing metrics too', () => {
    const g = chartGeometry(falling);
    const { plot } = g;
    expect(g.dots[0]!.x).toBe(plot.left);
    expect(g.dots[0]!.y).toBeLessThan(g.dots[1]!.y);
    expect(g.guides.map((guide) => guide.kind)).toEqual(['baseline', 'target']);
    expect(g.guides[1]!.y).toBe(plot.bottom);
    expect(g.line).toBe(g.dots.map((d) => `${d.x},${d.y}`).join(' '));
  });

  it("labels the value axis in round steps in the unit, and the time axis with the cycle's months", () => {
    const g = chartGeometry({ ...falling, format: (v) => `${v} ms` });
    expect(g.yTicks.map((t) => t.label)).toEqual(['80 ms', '90 ms', '100 ms', '110 ms', '120 ms']);
    expect(g.yTicks[0]!.y).toBe(g.plot.bottom);
    expect(g.yTicks.at(-1)!.y).toBe(g.plot.top);
    // The margin grows with the longest label, so labels never run off the drawing.
    expect(chartGeometry({ ...falling, format: (v) => `€${v},000,000` }).plot.left).toBeGreaterThan(g.plot.left);
    expect(g.xTicks.map((t) => t.label)).toEqual(['Oct', 'Nov', 'Dec']);
    expect(g.xTicks[0]!.x).toBe(g.plot.left);
    expect(g.width).toBeGreaterThanOrEqual(480);
  });

  it('draws the expected line from baseline to target and marks milestones on it', () => {
    const g = chartGeometry({
      ...falling,
      expected: [
        { date: '2026-10-01', value: 120 },
        { date: '2026-11-15', value: 110 },
        { date: '2026-12-31', value: 80 },
      ],
      milestones: [{ date: '2026-11-15', value: 110 }],
    });
    const points = g.expected!.split(' ').map((p) => p.split(',').map(Number));
    expect(points[0]).toEqual([g.plot.left, g.guides[0]!.y]);
    expect(points[2]![1]).toBe(g.guides[1]!.y);
    expect(points[2]![0]).toBeGreaterThan(g.plot.right - 10);
    expect(g.milestones).toEqual([{ x: points[1]![0], y: points[1]![1], date: '2026-11-15', label: '110' }]);
    expect(chartGeometry(falling)).not.toHaveProperty('expected');
  });

  it('marks today only inside the cycle, and keeps out-of-range dates on the axis', () => {
    expect(
      chartGeometry({ cycle: q4, today: '2027-01-05', checkIns: [{ date: '2027-02-01', value: 1 }] }),
    ).not.toHaveProperty('today');
    const g = chartGeometry({
      cycle: q4,
      today: '2026-11-15',
      checkIns: [{ date: '2027-02-01', value: 1 }],
    });
    expect(g.today).toBeGreaterThan(g.plot.left);
    expect(g.dots[0]!.x).toBe(g.plot.right);
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
    expect(g.dots[0]!.y).toBe((g.plot.top + g.plot.bottom) / 2);
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
