#!/usr/bin/env node
// `npm run docs:rules`: writes docs/rules.md, the rule reference, from the rule modules.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRuleDocs } from '../tools/rule-docs/render.ts';

const workDir = mkdtempSync(join(tmpdir(), 'throughline-rule-docs-'));
try {
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), renderRuleDocs(workDir));
  process.stdout.write('docs/rules.md\n');
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
