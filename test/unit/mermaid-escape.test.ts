import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mermaidId, mermaidLabel, mermaidText } from '../../src/model/maps/index.ts';
import { graphemes, textWidth, truncate, wrapText } from '../../src/model/maps/text.ts';

describe('Mermaid label escaping', () => {
  it.each([
    ['quotes', 'Say "yes" to SSO', 'Say #quot;yes#quot; to SSO'],
    [
      'brackets, braces and parentheses stay readable inside quotes',
      'Grow ARR (EMEA) [Q4] {core}',
      'Grow ARR (EMEA) [Q4] {core}',
    ],
    ['pipes stay readable inside quotes', 'Build | run', 'Build | run'],
    [
      '# is escaped first, so entity codes in titles stay literal',
      '#1 priority: #quot; and #9829;',
      '#35;1 priority: #35;quot; and #35;9829;',
    ],
    ['HTML becomes text', '<img src=x onerror=alert(1)>', '#lt;img src=x onerror=alert(1)#gt;'],
    ['an ampersand never starts an entity', 'R&D &amp; ops', 'R#amp;D #amp;amp; ops'],
    ['a backtick never opens a Markdown string', '`code` first', '#96;code#96; first'],
    ['emoji pass through', 'Ship it 🚀 👩🏽‍💻 🇪🇺', 'Ship it 🚀 👩🏽‍💻 🇪🇺'],
    ['non-Latin titles pass through', '東京の配送を速く · Ελληνικά · العربية', '東京の配送を速く · Ελληνικά · العربية'],
    [
      'newlines, tabs and control characters become one space',
      'line one\n\tline two\u0007\u2028end',
      'line one line two end',
    ],
    [
      'a Mermaid comment or arrow in a title is just text',
      '%% not a comment --> nor an arrow',
      '#37;% not a comment --#gt; nor an arrow',
    ],
    [
      'a directive in a title is just text',
      '%%{init: {"securityLevel":"loose"}}%%',
      '#37;%{init: {#quot;securityLevel#quot;:#quot;loose#quot;}}#37;%',
    ],
    ['every % of a run but the last is a code', '100%%% sure', '100#37;#37;% sure'],
    ['a lone % stays readable', 'Grow ARR 20% · 40%', 'Grow ARR 20% · 40%'],
  ])('%s', (_, input, expected) => {
    expect(mermaidText(input)).toBe(expected);
  });

  it('never lets a % of a title meet another %, wherever the title is written', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('%', '{', '}', 'a', ' ', '#', ';') }), (title) => {
        expect(mermaidText(title)).not.toContain('%%');
        expect(mermaidLabel([title, title])).not.toContain('%%');
      }),
    );
  });

  it('quotes a label and joins its lines with <br/>', () => {
    expect(mermaidLabel(['Sales', 'Say "hi"', '', '● On track · 40%'])).toBe(
      '"Sales<br/>Say #quot;hi#quot;<br/>● On track · 40%"',
    );
  });

  it('never lets a quote, a newline or markup through, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (title) => {
        const text = mermaidText(title);
        expect(text).not.toMatch(/["<>`\n\r]/);
        // Every # starts one of the entity codes written here, never one of the author's.
        expect(text.replace(/#(35|37|quot|amp|lt|gt|96);/g, '')).not.toContain('#');
        // No comment, no directive: Mermaid reads `%%` as one wherever it stands.
        expect(text).not.toContain('%%');
      }),
    );
  });
});

describe('Mermaid node ids', () => {
  it('derive from the reference and the kind, so they are stable and never a keyword', () => {
    expect(mermaidId('objective', 'sales-q4-enterprise-pipeline')).toBe('O_sales_q4_enterprise_pipeline');
    expect(mermaidId('key-result', 'sales-q4-enterprise-pipeline/qualified-pipeline')).toBe(
      'K_sales_q4_enterprise_pipeline__qualified_pipeline',
    );
    expect(mermaidId('theme', '2026-Q4/enterprise-trust')).toBe('T_2026_Q4__enterprise_trust');
    expect(mermaidId('objective', 'end')).toBe('O_end');
  });

  it('never collide for different references, and use only letters, digits and underscores', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const ref = fc.tuple(id, fc.option(id, { nil: undefined })).map(([doc, item]) => (item ? `${doc}/${item}` : doc));
    fc.assert(
      fc.property(ref, ref, (a, b) => {
        expect(mermaidId('objective', a)).toMatch(/^O_[A-Za-z0-9_]+$/);
        if (a !== b) expect(mermaidId('objective', a)).not.toBe(mermaidId('objective', b));
      }),
    );
  });
});

describe('text sizes for build-time boxes', () => {
  it('counts an emoji with modifiers, a flag or an accented letter as one grapheme', () => {
    expect(graphemes('👩🏽‍💻🇪🇺é')).toHaveLength(3);
    expect(graphemes('plain')).toEqual(['p', 'l', 'a', 'i', 'n']);
  });

  it('measures CJK and emoji wider than Latin letters, and bold wider than regular', () => {
    expect(textWidth('東京', 13)).toBeGreaterThan(textWidth('ab', 13));
    expect(textWidth('🚀', 13)).toBeGreaterThan(textWidth('a', 13));
    expect(textWidth('Revenue', 13, true)).toBeGreaterThan(textWidth('Revenue', 13));
  });

  it('cuts long text without splitting an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('Launch 👩🏽‍💻 tools everywhere', 9)).toBe('Launch 👩🏽‍💻…');
  });

  it('wraps at word boundaries, breaks CJK between characters and marks cut text with …', () => {
    expect(wrapText('Build a repeatable enterprise pipeline', 160, 2, 13)).toEqual([
      'Build a repeatable',
      'enterprise pipeline',
    ]);
    const lines = wrapText('東京と大阪の配送ルートを来年までに二倍速くする計画', 120, 2, 13);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(wrapText('Supercalifragilisticexpialidocious', 80, 3, 13).every((l) => textWidth(l, 13) <= 80)).toBe(true);
  });

  it('keeps every wrapped line within the width, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 40, max: 300 }), (text, width) => {
        for (const line of wrapText(text, width, 2, 13))
          expect(textWidth(line, 13)).toBeLessThanOrEqual(width + 13 * 1.25);
      }),
    );
  });
});
