import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHuman, formatJson } from '../../src/model/format.ts';
import { documentOf, type ContentDocument } from '../../src/model/types.ts';
import { personName, teamName } from '../../src/model/withheld.ts';
import { siteData, type SiteData } from '../../src/render/data.ts';
import { publicWarnings, withheldWarning } from '../../src/render/health.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { searchRecords } from '../../src/render/search-records.ts';
import { pathOf } from '../../src/render/urls.ts';
import { checkCase, listCases, materialise } from '../support/content-fixtures.ts';

/** Ids and item references as rules write them: `sales-q4-retention`, `2026-Q4/enterprise-trust`. */
const references = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?/g;

describe('diagnostics list the documents their words name', () => {
  it('in every fixture, a rule that names another document by its id lists that document', () => {
    const unlisted: string[] = [];
    for (const name of listCases()) {
      const { result } = checkCase(name);
      if (!result.graph) continue;
      // A brief's id is its cycle, named everywhere; its themes and not-now items count.
      const byRef = new Map<string, ContentDocument>();
      for (const [ref, node] of result.graph.nodes) if (node.kind !== 'brief') byRef.set(ref, documentOf(node));
      for (const d of result.diagnostics) {
        // Schema and parse messages quote the file's own values, before any graph exists.
        if (/^(schema|parse|config|content)\//.test(d.rule)) continue;
        const text = `${d.message}\n${d.hint ?? ''}`;
        for (const match of text.matchAll(references)) {
          const token = match[0];
          // In a hint, only a quoted id or one of several words: "a company objective" is not the team.
          const inHint = match.index > d.message.length;
          const quoted = text[match.index - 1] === '"' && text[match.index + token.length] === '"';
          if (inHint && !quoted && !/[-/]/.test(token)) continue;
          const document = byRef.get(token);
          if (!document || document.source.displayPath === d.file) continue;
          if (!d.mentions?.includes(document.source.displayPath)) unlisted.push(`${name}: ${d.rule} names ${token}`);
        }
      }
    }
    expect(unlisted).toEqual([]);
  });
});

describe('a published decision that names a restricted person and a draft objective', () => {
  let site: SiteData;
  beforeAll(() => {
    site = siteData(
      { contentDir: join(materialise('ref-unpublished'), 'content'), today: '2026-11-02' },
      { reload: true },
    );
  });

  it('health page: the warnings keep their place and rule, not their words; `check` prints them in full', () => {
    const warnings = publicWarnings(site.graph, site.diagnostics);
    expect(warnings.map((w) => [w.rule, w.message, w.hint])).toEqual([
      ['ref/unpublished', withheldWarning, undefined],
      ['ref/unpublished', withheldWarning, undefined],
    ]);
    // At their path in the content folder, not the build machine's path to it.
    expect(site.diagnostics.some((d) => d.file.endsWith('/content/decisions/2026-10-retention-first.md'))).toBe(true);
    expect(new Set(warnings.map((w) => w.file))).toEqual(new Set(['decisions/2026-10-retention-first.md']));
    const printed = formatHuman(site.diagnostics);
    expect(printed).toContain('Decider "ella-voss" is a draft or restricted');
    expect(printed).toContain('Affected item "sales-q4-retention/churn" is a draft or restricted');
    expect(formatJson(site.diagnostics)).not.toContain('mentions');
  });

  it('the published graph knows what it left out, and names none of it', () => {
    const { graph } = site;
    expect([...graph.withheld].sort()).toEqual(['ella-voss', 'sales-q4-retention', 'sales-q4-retention/churn']);
    expect(personName(graph, 'ella-voss')).toBeUndefined();
    expect(personName(graph, 'maria-okafor')).toBe('Maria Okafor');
    expect(teamName(graph, 'sales')).toBe('Sales');
    // An id that names nothing at all is the author's own word, shown as written.
    expect(personName(graph, 'nobody-at-all')).toBe('nobody-at-all');
    expect(JSON.stringify(searchRecords(graph))).not.toMatch(/ella|voss|retention\/churn|Keep the fleets/i);
  });

  it('bodies: a link to what is not published keeps its words, never its address', async () => {
    const source = site.graph.decisions[0]!.source;
    const render = (markdown: string) =>
      renderMarkdown(markdown, { graph: site.graph, source, href: (node) => `/${pathOf(node)}` });
    expect(await render('See <id:sales-q4-retention> and [the draft](id:sales-q4-retention/churn).')).toBe(
      '<p>See a document that is not published and the draft.</p>',
    );
    expect(
      await render(
        '[The plan][plan], ![chart][plan] and [ours][ours].\n\n[plan]: id:sales-q4-retention\n[ours]: id:sales',
      ),
    ).toBe('<p>The plan, chart and <a href="/teams/sales/">ours</a>.</p>');
    expect(await render('![chart](../okrs/2026-Q4/sales/draft-retention.md)')).toBe('<p>chart</p>');
  });
});
