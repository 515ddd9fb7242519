import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { formatVnuMessage, javaAvailable, javaHint, validateHtml } from '../support/site-checks/vnu.ts';
import { describeWithTool } from '../support/environment.ts';
import { root } from '../support/site-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'throughline-vnu-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describeWithTool(javaAvailable, javaHint, 'HTML validity check on broken input', () => {
  it('reports the errors of a broken site, with file and line, in one run over every page', async () => {
    const messages = (await validateHtml(join(root, 'test/gates/fixtures/broken-site'))).map(formatVnuMessage);
    expect(messages).toEqual([
      expect.stringMatching(/^index\.html:15:23: Duplicate ID “twice”\./),
      expect.stringMatching(/^index\.html:20:1: An “img” element must have an “alt” attribute/),
    ]);
  });

  it('reports invalid elements and nesting in pages of subfolders, and nothing for valid ones', async () => {
    const page = (body: string) =>
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>t</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
    mkdirSync(join(scratch, 'teams/sales'), { recursive: true });
    writeFileSync(join(scratch, 'index.html'), page('<main><p>Valid.</p></main>'));
    writeFileSync(
      join(scratch, 'teams/sales/index.html'),
      page('<blink>old</blink>\n<ul><div>not a list item</div></ul>'),
    );
    writeFileSync(join(scratch, 'teams/notes.txt'), '<not html>');
    expect((await validateHtml(scratch)).map(formatVnuMessage)).toEqual([
      'teams/sales/index.html:5:1: The “blink” element is a completely-unknown element that is not allowed anywhere in any HTML content.',
      'teams/sales/index.html:5:1: The “blink” element is obsolete. Use CSS instead.',
      expect.stringMatching(/^teams\/sales\/index\.html:6:5: Element “div” not allowed as child of element “ul”/),
    ]);
  });
});
