import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ThroughlineConfig } from '../schemas/config.ts';
import type { Finding, Place } from './diagnostics.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { securityChangeFinding } from './rules/config/security-change.ts';
import { rules } from './rules/registry.ts';
import { maxFileBytes } from './rules/parse/file-too-large.ts';
import { decodeUtf8, yamlSource } from './source.ts';
import { configFileName } from './load.ts';

/**
 * Rules whose severity decides what may run or be published: lowering one in throughline.yaml
 * is a security change. config/security-change is among them, so silencing it is reported too.
 */
export const guardedRules = [
  'mdx/not-allowed',
  'mermaid/unsafe',
  'parse/frontmatter-language',
  'ref/unpublished',
  'config/security-change',
] as const;

/** throughline.yaml as it is at a git ref: its text, or null when the file does not exist there. */
export interface BaseConfig {
  ref: string;
  text: string | null;
}

/** The settings compared: what the base allowed, read leniently (an older schema must not stop the comparison). */
interface GuardedSettings {
  mdx: string[];
  rules: Record<string, string>;
}

/** Severities from the most lenient up. */
const rank: Record<string, number> = { off: 0, warning: 1, error: 2 };

/**
 * throughline.yaml of the content folder as it is at `ref`, by one `git show <ref>:./throughline.yaml`
 * run in that folder. No git, no repository or an unknown ref give a note instead, never an exception.
 */
export function configAtRef(contentDir: string, ref: string): { base: BaseConfig } | { note: string } {
  // `-…` would be read as an option, `:` would move the path; no ref name holds either.
  if (!ref || ref.startsWith('-') || /[:\s\u0000-\u001f\u007f]/.test(ref))
    return { note: `"${ref}" is not a git ref; throughline.yaml was not compared` };
  // Without the folder, git could not even start in it (and `check` reports the folder missing).
  if (!existsSync(contentDir))
    return { note: `there is no content folder; ${configFileName} was not compared with ${ref}` };
  try {
    const bytes = execFileSync('git', ['show', '--no-textconv', `${ref}:./${configFileName}`], {
      cwd: contentDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: maxFileBytes,
      env: { ...process.env, LC_ALL: 'C' },
    });
    const decoded = decodeUtf8(bytes, configFileName);
    if (decoded.text === undefined)
      return { note: `${configFileName} at ${ref} is not UTF-8; the security settings were not compared` };
    return { base: { ref, text: decoded.text } };
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (failure.code === 'ENOENT')
      return { note: `git is not installed; ${configFileName} was not compared with ${ref}` };
    const reason = (failure.stderr?.length ? String(failure.stderr) : failure.message)
      .trim()
      .split('\n')[0]!
      .replace(/^fatal: /, '');
    // The file is new in this change: compare it with the defaults.
    if (/does not exist in|exists on disk, but not in/.test(reason)) return { base: { ref, text: null } };
    return { note: `${configFileName} was not compared with ${ref}: ${reason}` };
  }
}

/**
 * Findings (rule config/security-change) for every setting the working configuration loosens
 * compared with the base: a folder newly allowed to hold MDX, a guarded rule set to a lower
 * severity. A note instead when the base cannot be read as YAML.
 */
export function securityChanges(
  base: BaseConfig,
  working: ThroughlineConfig,
): { findings: Finding[]; baseRules: Record<string, string> } | { note: string } {
  const before = guardedSettings(base.text);
  if (!before)
    return { note: `${configFileName} at ${base.ref} is not valid YAML; the security settings were not compared` };
  const findings: Finding[] = [];
  const report = (place: Place, message: string) =>
    findings.push(securityChangeFinding(configFileName, place, message, base.ref));
  const allowedBefore = new Set(before.mdx);
  working.mdx.forEach((glob, index) => {
    if (!allowedBefore.has(glob)) report({ path: ['mdx', index], part: 'value' }, `mdx now allows "${glob}"`);
  });
  for (const rule of guardedRules) {
    const was = severityOf(rule, before.rules);
    const is = severityOf(rule, working.rules);
    if (rank[is] >= rank[was]) continue;
    // At the severity written, else at `rules:` (the line that raised it was removed), else at the top.
    const place: Place = Object.hasOwn(working.rules, rule)
      ? { path: ['rules', rule], part: 'value' }
      : { path: ['rules'], part: 'key' };
    report(place, `${rule} lowered from ${was} to ${is}`);
  }
  return { findings, baseRules: before.rules };
}

function severityOf(rule: (typeof guardedRules)[number], configured: Record<string, string>): string {
  const set = Object.hasOwn(configured, rule) ? configured[rule] : undefined;
  return set !== undefined && Object.hasOwn(rank, set) ? set : rules[rule].severity;
}

/** The MDX globs and rule severities of a configuration text; undefined when it is not YAML. */
function guardedSettings(text: string | null): GuardedSettings | undefined {
  if (text === null) return { mdx: [], rules: {} };
  const parsed = parseFrontmatter(yamlSource(configFileName, configFileName, text));
  if (parsed.findings.some((f) => f.rule !== 'parse/empty-frontmatter')) return undefined;
  const data = (parsed.data ?? {}) as { mdx?: unknown; rules?: unknown };
  const mdx = Array.isArray(data.mdx) ? data.mdx.filter((glob): glob is string => typeof glob === 'string') : [];
  const written = data.rules && typeof data.rules === 'object' ? (data.rules as Record<string, unknown>) : {};
  const severities = Object.fromEntries(Object.entries(written).filter(([, severity]) => typeof severity === 'string'));
  return { mdx, rules: severities as Record<string, string> };
}
