import { describe, expect, it } from 'vitest';
import { histogramBars, trendChart } from '../../../src/render/reviews/charts.ts';

describe('review charts', () => {
  it('draws progress and confidence upwards over the days, with a gap where a value is unknown', () => {
    const chart = trendChart(
      [
        { date: '2026-10-07', progress: 0, confidence: 1 },
        { date: '2026-10-14', progress: 0.5 },
        { date: '2026-10-21', progress: 1, confidence: 0.5 },
      ],
      320,
      160,
    );
    expect(chart.progress).toBe('M36.0 136.0 L174.0 72.0 L312.0 8.0');
    expect(chart.confidence).toBe('M36.0 8.0 M312.0 72.0');
    expect(chart.days.map((d) => d.label)).toEqual(['10-07', '10-21']);
  });

  it('has no line without points, and scales bars to the largest count', () => {
    expect(trendChart([]).progress).toBe('');
    const bars = histogramBars([
      { label: 'a', count: 0 },
      { label: 'b', count: 4 },
      { label: 'c', count: 2 },
    ]);
    expect(bars.map((b) => b.height)).toEqual([0, 104, 52]);
  });
});
