import { describe, expect, it } from 'vitest';
import { addCheckIn, parseCheckInValue } from '../../tools/authoring/check-in-edit.ts';
import { EditRefused } from '../../tools/authoring/frontmatter-edit.ts';
import { setGrade } from '../../tools/authoring/grade-edit.ts';
import { slugOf, unique } from '../../tools/authoring/scaffold.ts';

/** An objective written by hand: comments everywhere, keys in an unusual order, a body after it. */
const commented = `---
# Reviewed every other Monday.
id: ops-q4-hubs   # do not rename: linked from the wiki
cycle: 2026-Q4
title: 'Keep the hubs moving'
team: operations
owner: henrik-lund
keyResults:
  - id: dwell        # trucks wait at the dock
    title: "Cut dock dwell time from 48 to 30 minutes"
    baseline: 48
    target: 30
    direction: decrease
    unit: min
    checkIns:
      - {date: 2026-10-06, value: 46}
      - date: 2026-10-20
        value: 41 # estimated, scanner down
        note: >-
          Folded
          note.
      # November figures come from the new scanners.
  - id: empty
    title: "Zero lost pallets at Venlo"
    type: binary
    checkIns: []
  - id: fresh
    title: "Raise first-scan rate from 80 % to 95 %"
    type: percentage
    baseline: 80
    target: 95
    # no check-ins yet

retrospective: "Kept."
---
Body text with a line that looks like YAML:
checkIns:
  - date: 2026-01-01
`;

/** Asserts `after` is `before` with one block of lines added (a pure insertion), and returns that block. */
function addedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  expect(a.slice(start, a.length - end), 'lines changed or removed').toEqual([]);
  return b.slice(start, b.length - end);
}

describe('adding a check-in', () => {
  it('adds only the new lines after the last check-in, keeping comments, key order and the body', () => {
    const { text, unchanged } = addCheckIn(commented, 'dwell', {
      date: '2026-11-03',
      value: 37,
      confidence: 'medium',
      note: 'New scanners: "real" figures.',
    });
    expect(unchanged).toBe(false);
    expect(addedLines(commented, text)).toEqual([
      '      - date: 2026-11-03',
      '        value: 37',
      '        confidence: medium',
      '        note: "New scanners: \\"real\\" figures."',
    ]);
    expect(text.indexOf('        note: "New scanners')).toBeLessThan(text.indexOf('# November figures'));
  });

  it('adds the list under a key result that has none, at its keys’ indentation', () => {
    const { text } = addCheckIn(commented, 'fresh', { date: '2026-11-03', value: 84 });
    expect(addedLines(commented, text)).toEqual(['    checkIns:', '      - date: 2026-11-03', '        value: 84']);
  });

  it('opens an empty flow list: that one line changes, the rest is added', () => {
    const { text } = addCheckIn(commented, 'empty', { date: '2026-11-03', value: false });
    const before = commented.split('\n');
    const after = text.split('\n');
    const at = before.indexOf('    checkIns: []');
    expect(after.slice(0, at)).toEqual(before.slice(0, at));
    expect(after.slice(at, at + 3)).toEqual(['    checkIns:', '      - date: 2026-11-03', '        value: false']);
    expect(after.slice(at + 3)).toEqual(before.slice(at + 1));
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const crlf = `\uFEFF${commented.replace(/\n/g, '\r\n')}`;
    const { text } = addCheckIn(crlf, 'dwell', { date: '2026-11-03', value: 37 });
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text).toContain('        value: 41 # estimated, scanner down\r\n');
    expect(text.replace('      - date: 2026-11-03\r\n        value: 37\r\n', '')).toBe(crlf);
  });

  it('changes nothing when the same check-in is there, and refuses a different one on that day', () => {
    const once = addCheckIn(commented, 'dwell', { date: '2026-11-03', value: 37 }).text;
    expect(addCheckIn(once, 'dwell', { date: '2026-11-03', value: 37 })).toEqual({ text: once, unchanged: true });
    expect(() => addCheckIn(once, 'dwell', { date: '2026-11-03', value: 36 })).toThrow(
      /already has a check-in on 2026-11-03 \(value 37\)/,
    );
  });

  it('refuses what it cannot add as lines: an unknown key result, one written on one line', () => {
    expect(() => addCheckIn(commented, 'nope', { date: '2026-11-03', value: 1 })).toThrow(EditRefused);
    const flow = commented.replace('  - id: empty\n', '  - {id: inline, title: "x", checkIns: []}\n  - id: empty\n');
    expect(() => addCheckIn(flow, 'inline', { date: '2026-11-03', value: 1 })).toThrow(/written on one line/);
  });
});

describe('reading a check-in value', () => {
  it.each([
    ['45', { type: 'metric', unit: 'min' }, 45],
    ['45 min', { type: 'metric', unit: 'min' }, 45],
    ['45%', { type: 'percentage', unit: '%' }, 45],
    ['45 %', { type: 'percentage' }, 45],
    ['EUR 1200.5', { type: 'currency', unit: 'EUR' }, 1200.5],
    ['yes', { type: 'binary' }, true],
    ['False', { type: 'binary' }, false],
  ] as const)('reads %s', (raw, kr, value) => {
    expect(parseCheckInValue(raw, kr)).toEqual({ value });
  });

  it.each([
    ['maybe', { type: 'binary' }, /binary: give yes, no, true or false/],
    ['1,200', { type: 'currency', unit: 'EUR' }, /not a number \(optionally with its unit, "EUR"\)/],
    ['45 kg', { type: 'metric', unit: 'min' }, /not a number/],
    ['45%', { type: 'metric', unit: 'min' }, /not a number/],
  ] as const)('refuses %s', (raw, kr, message) => {
    expect((parseCheckInValue(raw, kr) as { error: string }).error).toMatch(message);
  });
});

describe('writing a grade', () => {
  it('adds one line before the retrospective, and keeps a grade already written', () => {
    const { text } = setGrade(commented, 0.7);
    expect(addedLines(commented, text)).toEqual(['grade: 0.7']);
    expect(text).toContain('grade: 0.7\nretrospective:');
    expect(setGrade(text, 0.2)).toEqual({ text, unchanged: true });
  });

  it('adds it after the last field when there is no retrospective', () => {
    const plain = commented.replace('retrospective: "Kept."\n', '');
    expect(addedLines(plain, setGrade(plain, 1).text)).toEqual(['grade: 1']);
  });
});

describe('readable ids', () => {
  it('are made of the title’s first words, fillers and accents left out', () => {
    expect(slugOf('Serve route plans from the new routing service')).toBe('serve-route-plans-new-routing');
    expect(slugOf('Ana María López')).toBe('ana-maria-lopez');
    expect(slugOf('Of the')).toBe('of-the');
    expect(slugOf('!!!')).toBe('untitled');
  });

  it('get a number when taken', () => {
    const taken = new Set(['a', 'a-2']);
    expect(unique('a', (id) => taken.has(id))).toBe('a-3');
    expect(unique('b', (id) => taken.has(id))).toBe('b');
  });
});
