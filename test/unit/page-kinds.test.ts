import { describe, expect, it } from 'vitest';
import { pageKinds } from '../support/page-kinds.ts';

describe('page kinds', () => {
  it('keeps the word before a numbered segment, so weekly and monthly reviews are kinds of their own', () => {
    const kinds = pageKinds([
      'index.html',
      'objectives/sales-q4-x/index.html',
      'objectives/ops-q4-y/index.html',
      'reviews/2026-Q4/close/index.html',
      'reviews/2026-Q4/week-1/index.html',
      'reviews/2026-Q4/week-2/index.html',
      'reviews/2026-Q4/month-2026-10/index.html',
    ]);
    expect(kinds.map((k) => [k.kind, k.count])).toEqual([
      ['(home)', 1],
      ['objectives/*', 2],
      ['reviews/*/*', 1],
      ['reviews/*/month-*', 1],
      ['reviews/*/week-*', 2],
    ]);
  });
});
