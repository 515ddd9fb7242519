import type { Finding } from '../../diagnostics.ts';
import { defineRule } from '../rule.ts';

/** The finding for frontmatter that parses, but to a list or a single value instead of fields. */
export function notAMappingFinding(file: string, line: number): Finding {
  return {
    file,
    place: { line, column: 1 },
    rule: 'parse/yaml',
    message: 'Frontmatter must be a mapping of `field: value` lines',
    hint: 'Write one `field: value` per line.',
  };
}

/** What the place shows about the cause: a quote or bracket opened there, or a value YAML reads as syntax. */
export interface YamlCause {
  opened?: string;
  syntax?: { key: string; value: string };
}

/** The finding for a YAML syntax error, with the parser's reason and a hint for the usual causes. */
export function yamlSyntaxFinding(
  file: string,
  place: { line: number; column: number },
  reason: string,
  cause: YamlCause = {},
): Finding {
  return { file, place, rule: 'parse/yaml', message: `YAML syntax error: ${reason}`, hint: yamlHint(reason, cause) };
}

function yamlHint(reason: string, { opened, syntax }: YamlCause): string {
  if (opened) {
    const closer = opened === '[' ? ']' : opened === '{' ? '}' : opened;
    return `The \`${opened}\` opened here is never closed: add the closing \`${closer}\` on this line.`;
  }
  if (syntax) {
    const what = syntax.value.startsWith('*') ? 'an alias (a reference to an `&anchor`)' : 'YAML syntax';
    return `A value that starts with \`${syntax.value[0]}\` is read as ${what}; quote the value: ${syntax.key}: '${syntax.value.replaceAll("'", "''")}'`;
  }
  if (/tab/i.test(reason)) return 'Indent with spaces; YAML does not allow tabs.';
  if (/deficient indentation|end of the stream within/.test(reason))
    return 'Close any [, { or quote left open on the lines above, and check the indentation.';
  if (
    /bad indentation of a mapping entry|incomplete explicit mapping pair|can not read a block mapping entry/.test(
      reason,
    )
  ) {
    return 'Quote values that contain ": " (for example title: "Q4: grow") and check the indentation.';
  }
  return 'Check the YAML syntax near this place.';
}

export default defineRule({
  id: 'parse/yaml',
  severity: 'error',
  summary: 'The frontmatter is valid YAML.',
  description:
    'Titles are where YAML bites: "Q4: grow" needs quotes, a tab breaks indentation, a `[` left open swallows the lines below, a note that starts with `*emphasis*` is read as an alias. The check gives the line and column of the cause (for a quote or bracket left open, the line it opened on, not the line where YAML noticed) and, for these common slips, says what to do (for a value YAML reads as syntax, the value quoted). Tags such as `!!js/function` are refused as well: frontmatter is data, never code.',
  example: {
    file: 'okrs/2026-Q4/sales/retention.md',
    text: `---
id: sales-q4-retention
title: Q4: keep the fleets we win
cycle: 2026-Q4
team: sales
owner: jon-park
---
`,
  },
});
