import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Elements wider than the viewport, deepest first, as short selectors; empty when nothing overflows. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const wide = [...document.body.querySelectorAll('*')].filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.right > width + 1;
    });
    const deepest = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
    return [
      `page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`,
      ...deepest.slice(0, 5).map(describe),
    ];
  });
}

/** Relative luminance (0 black – 1 white) of the colour the page is painted with. */
export async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const paint = (element: Element) => getComputedStyle(element).backgroundColor;
    let colour = paint(document.body);
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(colour)) colour = paint(document.documentElement);
    if (/rgba\(0, 0, 0, 0\)|transparent/.test(colour)) colour = 'rgb(255, 255, 255)';
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, as a line a person can act on. */
export interface A11yViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (through the debugging protocol, so a Content-Security-Policy
 * cannot block it) and returns the serious and critical violations.
 */
export async function seriousViolations(page: Page): Promise<A11yViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** `rule (impact): help — targets`. */
export function formatViolation(path: string, violation: A11yViolation): string {
  return `${path || '/'}: ${violation.rule} (${violation.impact}): ${violation.help} — ${violation.targets.join(', ')}`;
}
