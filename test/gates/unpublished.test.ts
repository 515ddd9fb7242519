import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringFields, valuesAt } from '../support/schema-fields.ts';
import { listFiles } from '../support/site-checks/html.ts';
import { findLeaks, readableText } from '../support/site-checks/leaks.ts';
import { assertBuilt, buildSite, sitesDir, type SiteBuild } from '../support/site-build.ts';
import { companyConfig, publishedDocuments } from '../support/published-company.ts';
import { canary, documentSchemas, writeCompany, type FixtureDocument } from '../support/unpublished-company.ts';

/** Each place the canary appears in a built site, with the text around it. */
function leaksInContext(dir: string): string[] {
  return findLeaks(dir, [canary]).flatMap(({ file }) => {
    const text = readableText(readFileSync(join(dir, file)));
    const lower = text.toLowerCase();
    const found: string[] = [];
    for (let at = lower.indexOf(canary); at >= 0 && found.length < 5; at = lower.indexOf(canary, at + 1))
      found.push(`${file}: …${text.slice(Math.max(0, at - 90), at + 60).replace(/\s+/g, ' ')}…`);
    return found;
  });
}

const hasCanary = (value: unknown) => typeof value === 'string' && value.toLowerCase().includes(canary);

/**
 * The gate for drafts and restricted documents: a company whose unpublished documents of every
 * kind carry a canary in their ids, file names, bodies and every field their schemas have (found
 * by walking the schemas, so a new field is covered without a change here), and whose published
 * documents point at them in every way a reference can. The build succeeds with warnings; the
 * canary must be nowhere in what it writes: pages, maps, the health page, the search index.
 */
describe('a site whose published documents point at drafts and restricted documents', () => {
  let build: SiteBuild;
  let unpublished: FixtureDocument[];
  beforeAll(async () => {
    const content = join(sitesDir, 'unpublished-content');
    unpublished = writeCompany(content, publishedDocuments(), companyConfig);
    build = await buildSite({ name: 'unpublished', content });
    assertBuilt(build);
  });

  it('has a draft and a restricted document of every kind, with the canary in every field that can hold it', () => {
    const missing: string[] = [];
    for (const [kind, schema] of Object.entries(documentSchemas)) {
      const documents = unpublished.filter((document) => document.kind === kind);
      expect(
        documents.some((d) => d.data.draft === true),
        `a draft ${kind}`,
      ).toBe(true);
      expect(
        documents.some((d) => d.data.visibility === 'restricted'),
        `a restricted ${kind}`,
      ).toBe(true);
      for (const field of stringFields(schema)) {
        if (field.kind === 'fixed') continue;
        if (!documents.some((d) => valuesAt(d.data, field.path).some(hasCanary))) missing.push(`${kind} ${field.path}`);
      }
      // Every id, of the document (a brief's is its cycle) and of each item inside it, says something.
      for (const document of documents) {
        for (const path of ['id', 'themes[].id', 'notNow[].id', 'keyResults[].id', 'initiatives[].id'])
          for (const id of valuesAt(document.data, path)) if (!hasCanary(id)) missing.push(`${document.file} ${path}`);
        if (kind !== 'brief' && !hasCanary(document.file)) missing.push(`${document.file} (file name)`);
        if (!hasCanary(document.body)) missing.push(`${document.file} (body)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('builds, and `check` still prints the warnings in full for the authors', () => {
    for (const rule of ['ref/unpublished', 'objective/not-now', 'align/no-line-of-sight', 'team/too-many-objectives'])
      expect(build.output).toContain(rule);
    expect(build.output.toLowerCase()).toContain(canary);
  });

  it('publishes the documents that point at them, and lists those warnings on the health page', () => {
    for (const path of [
      'objectives/win',
      'objectives/sell',
      'objectives/hire',
      'objectives/hire-q3',
      'objectives/lost',
      'objectives/night',
      'teams/ops',
      'people/sam',
      'strategy/reach',
      'cycles/2026-Q3',
      'decisions/2026-11-choose',
      'decisions/old-routing',
    ])
      expect(existsSync(join(build.dir, path, 'index.html')), path).toBe(true);
    const health = readFileSync(join(build.dir, 'health/index.html'), 'utf8');
    expect(health).toContain('objective/not-now');
    expect(health).toContain('a document that is not published');
  });

  it('shows the canary nowhere: no page, map, file name or search index', () => {
    const files = listFiles(build.dir);
    expect(files.filter((file) => file.toLowerCase().includes(canary))).toEqual([]);
    // The scan reads inside Pagefind's compressed files: a published word is found there.
    expect(findLeaks(join(build.dir, 'pagefind'), ['depot']).length).toBeGreaterThan(0);
    expect(leaksInContext(build.dir)).toEqual([]);
  });
});
