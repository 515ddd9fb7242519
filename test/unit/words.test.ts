import { describe, expect, it } from 'vitest';
import { formatPercent, plural, unitFor } from '../../src/model/plural.ts';
import { formatValue } from '../../src/render/view/values.ts';

describe('counting words', () => {
  it('uses the singular for one only, and groups thousands', () => {
    expect(plural(1, 'objective')).toBe('1 objective');
    expect(plural(0, 'objective')).toBe('0 objectives');
    expect(plural(2, 'review')).toBe('2 reviews');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(1200, 'check-in')).toBe('1,200 check-ins');
  });

  it('prints a share as a whole percentage', () => {
    expect(formatPercent(0.484)).toBe('48%');
    expect(formatPercent(1.004)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
  });

  it("puts a unit's head noun in the singular for a value of one", () => {
    expect(unitFor(1, 'reviews')).toBe('review');
    expect(unitFor(2, 'reviews')).toBe('reviews');
    expect(unitFor(1, 'working days')).toBe('working day');
    expect(unitFor(1, 'stops per hour')).toBe('stop per hour');
    expect(unitFor(1, 'days of lag')).toBe('day of lag');
    expect(unitFor(1, 'contacts per 1,000 parcels')).toBe('contact per 1,000 parcels');
    expect(unitFor(1, 'ms')).toBe('ms');
    expect(unitFor(1, 'NPS')).toBe('NPS');
    expect(unitFor(1, 'SUS points')).toBe('SUS point');
    expect(unitFor(1, 'business')).toBe('business');
  });

  it('formats key result values with the unit agreeing with the number', () => {
    expect(formatValue(1, { type: 'metric', unit: 'reviews' })).toBe('1 review');
    expect(formatValue(1.5, { type: 'metric', unit: 'reviews' })).toBe('1.5 reviews');
    expect(formatValue(100.4, { type: 'percentage', unit: '%' })).toBe('100.4%');
  });
});
