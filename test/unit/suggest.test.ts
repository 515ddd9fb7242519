import { describe, expect, it } from 'vitest';
import { didYouMean, suggest } from '../../src/model/suggest.ts';

describe('suggest', () => {
  const ids = ['jon-park', 'maria-okafor', 'sales-q4-enterprise-pipeline', 'company-q4-grow-arr/net-new-arr'];

  it('finds the closest candidate to a typo', () => {
    expect(suggest('jon-parks', ids)).toBe('jon-park');
    expect(suggest('maria-okafr', ids)).toBe('maria-okafor');
    expect(suggest('sales-q4-enterprise-pipelin', ids)).toBe('sales-q4-enterprise-pipeline');
    expect(suggest('company-q4-grow-arr/net-new-ar', ids)).toBe('company-q4-grow-arr/net-new-arr');
  });

  it('suggests nothing when no candidate is close enough to be the likely intent', () => {
    expect(suggest('nothing-like-this-exists', ids)).toBeUndefined();
    expect(suggest('ella-voss', ids)).toBeUndefined();
    expect(suggest('x', ['abc'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });

  it('allows two edits on short words and about a third of a long one', () => {
    expect(suggest('owner', ['ownr'])).toBe('ownr');
    expect(suggest('owner', ['own'])).toBe('own');
    expect(suggest('owner', ['ow'])).toBeUndefined();
    expect(suggest('abcdefghij', ['abcdefgXYZ'])).toBe('abcdefgXYZ');
    expect(suggest('abcdefghij', ['abcdefWXYZ'])).toBeUndefined();
  });

  it('accepts any iterable of candidates', () => {
    expect(suggest('jon-parks', new Set(ids))).toBe('jon-park');
    expect(suggest('jon-parks', new Map(ids.map((id) => [id, 1])).keys())).toBe('jon-park');
  });
});

describe('didYouMean', () => {
  it('writes the suggestion as the end of a message, or nothing', () => {
    expect(didYouMean('checkins', ['checkIns', 'baseline'])).toBe('; did you mean "checkIns"?');
    expect(didYouMean('notes', ['checkIns', 'baseline'])).toBe('');
  });

  it('stops suggesting from one list once its comparisons would pass the budget, so many misses stay cheap', () => {
    const list = Array.from({ length: 5_000 }, (_, i) => `team-${i}-objective`);
    // 500,000 comparisons: a hundred suggestions against 5,000 candidates.
    for (let i = 0; i < 100; i++) expect(suggest('team-7-objectiv', list)).toBe('team-7-objective');
    expect(suggest('team-7-objectiv', list)).toBeUndefined();
    // Another list has a budget of its own.
    expect(suggest('team-7-objectiv', [...list])).toBe('team-7-objective');
  });
});
