import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/model/graph.ts';
import { loadContent } from '../../src/model/load.ts';
import { keyResultReason, objectiveReason, reasonText, shortDate } from '../../src/model/status-reason.ts';

const graph = buildGraph(loadContent('content'), { today: '2026-11-24' });
const objective = (id: string) => graph.objectives.find((o) => o.id === id)!;
const keyResult = (ref: string) => graph.keyResults.find((kr) => kr.ref === ref)!;

describe('why a key result has its status', () => {
  it('says what was measured on which day, what was expected by then, and the confidence', () => {
    expect(reasonText(keyResultReason(graph, keyResult('commercial-q4-enterprise-growth/new-enterprise')))).toBe(
      '25% on 17 Nov, expected 51% by then; confidence medium.',
    );
  });

  it('says whether a held line holds, and what a closed result was read from', () => {
    expect(reasonText(keyResultReason(graph, keyResult('cx-q4-peak-contacts/first-response')))).toBe(
      'Line not held on 17 Nov; confidence medium.',
    );
    expect(reasonText(keyResultReason(graph, keyResult('commercial-q3-floor-pricing/avg-discount')))).toBe(
      'Ended at 67% of the way to its target, with no score written.',
    );
    expect(reasonText(keyResultReason(graph, keyResult('mid-market-sales-q3-austria/austrian-accounts')))).toBe(
      'Its objective was cancelled.',
    );
  });
});

describe('why an objective has its status', () => {
  it('counts the key results on track and names the ones that lag, worst first, as titles', () => {
    const reason = objectiveReason(graph, objective('enterprise-sales-q4-pipeline'));
    expect(reasonText(reason)).toBe(
      '1 of 3 key results on track; Grow pilot lanes running with prospects from one to five is at risk, ' +
        'Raise the enterprise win rate from 18 % to 28 % is at risk.',
    );
    expect(reason.filter((part) => typeof part !== 'string')).toHaveLength(2);
    expect(reasonText(objectiveReason(graph, objective('linehaul-q4-on-time-departures')))).toMatch(
      /^0 of 2 key results on track; Cut subcontractor no-shows .* is off track, Raise on-time .* is at risk\.$/,
    );
    expect(reasonText(objectiveReason(graph, objective('data-q4-forecast')))).toBe('2 of 2 key results on track.');
  });

  it('counts key results not started apart', () => {
    const company = buildGraph(loadContent('test/build/fixtures/company'), { today: '2026-11-02' });
    const shorter = company.objectives.find((o) => o.id === 'sales-q4-shorter-cycle')!;
    expect(reasonText(objectiveReason(company, shorter))).toBe('1 of 1 key result on track; 1 more not started yet.');
  });

  it('gives the grade in a closed cycle', () => {
    expect(reasonText(objectiveReason(graph, objective('commercial-q3-floor-pricing')))).toBe(
      'Graded 0.8 at the close.',
    );
    expect(reasonText(objectiveReason(graph, objective('mid-market-sales-q3-austria')))).toBe('Cancelled.');
  });

  it('writes days the short way', () => {
    expect(shortDate('2026-11-12')).toBe('12 Nov');
  });
});
