import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { builtInKinds } from '../../src/model/kinds/index.ts';
import { root } from '../support/content-fixtures.ts';

type LintOptions = { schemas: Record<string, string[]>; ajvOptions: object };
type Config = { plugins: [unknown, [unknown, LintOptions]] };

const config = ((await import(join(root, '.remarkrc.mjs'))) as { default: Config }).default;
const [, [lintFrontmatter, options]] = config.plugins;

/** What VS Code's remark extension reports for a file: the same plugins, run from the folder holding `.remarkrc.mjs`. */
async function editorMessages(projectRoot: string, file: string): Promise<string[]> {
  const vfile = new VFile({ path: file, cwd: projectRoot, value: readFileSync(file, 'utf8') });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(lintFrontmatter as never, options);
  await processor.run(processor.parse(vfile), vfile);
  return vfile.messages.map((m) => `${m.line ?? 0}:${m.column ?? 0} ${m.reason}`);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(dir, name));
}

describe('editor support', () => {
  it('maps every kind of document to its JSON Schema, and each schema file exists', () => {
    const mapped = Object.entries(options.schemas).map(([schema, globs]) => [schema, globs.join()]);
    expect(mapped).toEqual(
      builtInKinds.map((kind) => [`./json-schemas/${kind.kind}.schema.json`, `content/${kind.folder}/**/*.md`]),
    );
    for (const [schema] of mapped) expect(() => readFileSync(join(root, schema!))).not.toThrow();
  });

  it('shows nothing on the sample content, which check passes', async () => {
    const files = markdownFiles(join(root, 'content'));
    expect(files.length).toBeGreaterThan(90);
    const messages = await Promise.all(files.map((file) => editorMessages(root, file)));
    expect(messages.flat()).toEqual([]);
  });

  it('marks a wrong value on its line while the file is being written', async () => {
    const project = mkdtempSync(join(tmpdir(), 'throughline-editor-'));
    cpSync(join(root, '.remarkrc.mjs'), join(project, '.remarkrc.mjs'));
    cpSync(join(root, 'json-schemas'), join(project, 'json-schemas'), { recursive: true });
    cpSync(join(root, 'content/okrs'), join(project, 'content/okrs'), { recursive: true });
    const file = markdownFiles(join(project, 'content/okrs'))[0]!;
    const lines = readFileSync(file, 'utf8').split('\n');
    const status = lines.findIndex((line) => line.startsWith('status:'));
    const at = status >= 0 ? status : lines.findIndex((line) => line.startsWith('owner:')) + 1;
    lines.splice(at, status >= 0 ? 1 : 0, 'status: finished');
    writeFileSync(file, lines.join('\n'));
    const messages = await editorMessages(project, file);
    expect(messages, relative(project, file)).toEqual([
      expect.stringMatching(new RegExp(`^${at + 1}:\\d+ Must be equal to one of`)),
    ]);
  });

  it('points the YAML extension at the configuration schema and recommends both extensions', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas']).toEqual({ './json-schemas/config.schema.json': ['content/throughline.yaml'] });
    const extensions = JSON.parse(readFileSync(join(root, '.vscode/extensions.json'), 'utf8')) as {
      recommendations: string[];
    };
    expect(extensions.recommendations).toEqual(['redhat.vscode-yaml', 'unifiedjs.vscode-remark']);
  });
});
