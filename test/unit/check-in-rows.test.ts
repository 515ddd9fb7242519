import { describe, expect, it } from 'vitest';
import { checkInRowsHtml } from '../../src/render/view/check-in-rows.ts';

describe("a key result's check-in rows", () => {
  const show = (value: number) => `${value} deals`;

  it('lists the check-ins newest first, a yes/no value as words, a later one marked as not counted yet', () => {
    const html = checkInRowsHtml(
      [
        { date: '2026-10-01', value: 3, confidence: 'high' },
        { date: '2026-11-01', value: true },
        { date: '2026-12-01', value: 5, note: 'Planned.' },
      ],
      '2026-11-24',
      show,
    );
    expect(html).toBe(
      '<tr><td><time datetime="2026-12-01">2026-12-01</time></td><td>5 deals</td><td></td>' +
        '<td><span class="muted">After today, not counted yet. </span>Planned.</td></tr>' +
        '<tr><td><time datetime="2026-11-01">2026-11-01</time></td><td>Yes</td><td></td><td></td></tr>' +
        '<tr><td><time datetime="2026-10-01">2026-10-01</time></td><td>3 deals</td><td>high</td><td></td></tr>',
    );
  });

  it('escapes author text, so a note never becomes markup', () => {
    const html = checkInRowsHtml(
      [{ date: '2026-10-01', value: 1, note: `<script>alert("x")</script> & Tom's` }],
      '2026-11-24',
      () => '<b>1</b>',
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tom&#39;s');
  });
});
