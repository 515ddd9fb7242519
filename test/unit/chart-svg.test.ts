import { describe, expect, it } from 'vitest';
import { parseCycle } from '../../src/model/cycles.ts';
import { chartGeometry } from '../../src/render/view/chart.ts';
import { chartSvg } from '../../src/render/view/chart-svg.ts';

describe('a check-in chart as SVG', () => {
  const geometry = chartGeometry({
    cycle: parseCycle('2026-Q4', 1)!,
    today: '2026-11-24',
    checkIns: [
      { date: '2026-10-06', value: 0 },
      { date: '2026-11-17', value: 1 },
    ],
    baseline: 0,
    target: 4,
    milestones: [{ date: '2026-11-30', value: 2 }],
    format: (value) => `${value} <b>"deals"</b>`,
  });

  it('draws the grid, ticks, guides, today, milestones and each check-in with its title', () => {
    const svg = chartSvg(geometry, 'Chart of 2 check-ins');
    expect(svg.startsWith('<svg class="chart" viewBox="0 0 560 200"')).toBe(true);
    expect(svg.match(/<text class="chart-label chart-label-y"/g)).toHaveLength(geometry.yTicks.length);
    expect(svg.match(/<circle class="chart-dot"/g)).toHaveLength(2);
    expect(svg).toContain('<line class="chart-today"');
    expect(svg).toContain('<path class="chart-milestone"');
    expect(svg).toContain('<polyline class="chart-line"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes the summary and every label, which carry author text', () => {
    const svg = chartSvg(geometry, `"Tom's" <script>`);
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('aria-label="&quot;Tom&#39;s&quot; &lt;script&gt;"');
    expect(svg).toContain('2026-11-17: 1 &lt;b&gt;&quot;deals&quot;&lt;/b&gt;');
  });
});
