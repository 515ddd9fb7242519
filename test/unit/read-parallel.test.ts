import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOrganisation } from '../../tools/generate/write.ts';
import { kindFolders } from '../../src/model/load.ts';
import { readDocument, type DocumentFile } from '../../src/model/read-document.ts';
import { pack, readDocuments, unpack } from '../../src/model/read-parallel.ts';

const dir = resolve(import.meta.dirname, '../.tmp/read-parallel', process.env.VITEST_POOL_ID ?? String(process.pid));

/** Broken files among the generated ones, so findings and declared ids travel between threads too. */
const broken: Record<string, string> = {
  'okrs/2026-Q4/broken/yaml.md': '---\ntitle: "unclosed\n---\n',
  'okrs/2026-Q4/broken/schema.md':
    '---\nid: half-done\ntitle: Half done\ncycle: 2026-Q4\nteam: x\nowner: y\nkeyResults:\n  - id: kr\n    title: A result\n    type: nonsense\n---\nBody with a € sign.\n',
  'decisions/no-frontmatter.md': 'Just text.\n',
};

function documentFiles(): DocumentFile[] {
  const files: DocumentFile[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.md')) {
        const key = prefix + entry.name;
        files.push({ key, kind: kindFolders[key.split('/')[0]!]!, displayPath: `content/${key}` });
      }
    }
  };
  walk(dir, '');
  return files.sort((a, b) => (a.key < b.key ? -1 : 1));
}

describe('reading files on several threads', () => {
  let files: DocumentFile[];

  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    writeOrganisation(dir, { objectives: 1000, seed: 3 });
    mkdirSync(join(dir, 'okrs/2026-Q4/broken'), { recursive: true });
    for (const [path, text] of Object.entries(broken)) writeFileSync(join(dir, path), text);
    files = documentFiles();
  });

  it('gives the same reads, in the same order, as one thread', () => {
    const one = readDocuments(dir, files);
    expect(readDocuments(dir, files, { threads: 2, minFilesForWorkers: 0 })).toEqual(one);
    expect(readDocuments(dir, files, { threads: 4, minFilesForWorkers: 0 })).toEqual(one);
    expect(
      one
        .filter((read) => read.findings.length)
        .map((read) => read.source.key)
        .sort(),
    ).toEqual(Object.keys(broken).sort());
  });

  it('packs a batch so that it unpacks to the same reads after crossing threads', () => {
    const reads = files
      .filter((f) => f.key in broken || f.key.startsWith('briefs/'))
      .map((file) => readDocument(dir, file));
    expect(unpack(structuredClone(pack(0, reads)))).toEqual(reads);
  });
});
