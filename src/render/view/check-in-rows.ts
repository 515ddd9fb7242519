import type { CheckInData } from '../../schemas/check-in.ts';
import { escapeXml } from '../../model/maps/to-svg.ts';

/**
 * The rows of a key result's check-in table, newest first, as HTML. Written as one string rather
 * than as template elements: every objective page has a table per key result, and at 10,000
 * objectives Astro's cost per element of about two hundred rows' cells a page adds up to seconds.
 * Every value is escaped (notes are author text).
 */
export function checkInRowsHtml(
  checkIns: readonly CheckInData[],
  today: string,
  show: (value: number) => string,
): string {
  let html = '';
  for (let i = checkIns.length - 1; i >= 0; i--) {
    const c = checkIns[i]!;
    const value = typeof c.value === 'boolean' ? (c.value ? 'Yes' : 'No') : show(c.value);
    const later = c.date > today ? '<span class="muted">After today, not counted yet. </span>' : '';
    html +=
      `<tr><td><time datetime="${escapeXml(c.date)}">${escapeXml(c.date)}</time></td>` +
      `<td>${escapeXml(value)}</td><td>${escapeXml(c.confidence ?? '')}</td>` +
      `<td>${later}${escapeXml(c.note ?? '')}</td></tr>`;
  }
  return html;
}
