import { CORE_SCHEMA, load } from 'js-yaml';
import type { Finding } from './diagnostics.ts';
import {
  aliasExpansionFinding,
  aliasLimitFinding,
  expansionAllowance,
  maxAliases,
  maxExpansion,
} from './rules/parse/alias-limit.ts';
import { duplicateKeyFinding } from './rules/parse/duplicate-key.ts';
import { emptyFrontmatterFinding } from './rules/parse/empty-frontmatter.ts';
import { maxDepth, tooDeepFinding } from './rules/parse/too-deep.ts';
import { notAMappingFinding, yamlSyntaxFinding } from './rules/parse/yaml.ts';
import type { SourceFile } from './source.ts';
import { openedBefore, valueReadAsSyntax } from './yaml-error-place.ts';
import { expandedSize } from './yaml-expansion.ts';

export interface ParsedFrontmatter {
  data?: Record<string, unknown>;
  findings: Finding[];
}

/**
 * Reads the YAML of one file with the core schema, so dates stay strings and no tag
 * constructs objects or runs code. js-yaml is used because it is about ten times faster
 * than `yaml` on large content sets; positions of later findings are looked up lazily.
 */
export function parseFrontmatter(source: SourceFile): ParsedFrontmatter {
  let data: unknown;
  try {
    data = load(source.frontmatter, { schema: CORE_SCHEMA, maxAliases, maxDepth, filename: source.displayPath });
  } catch (error) {
    // js-yaml rejects a block with nothing but blank lines and comments; that is an empty frontmatter, not a syntax error.
    if (!isEmptyInput(error)) return { findings: [yamlFinding(source, error)] };
  }
  if (data === undefined || data === null) return { findings: [emptyFrontmatterFinding(source.key)] };
  if (typeof data !== 'object' || Array.isArray(data))
    return { findings: [notAMappingFinding(source.key, source.frontmatterLine)] };
  const expansion = source.frontmatter.includes('*') ? expansionFinding(source, data) : undefined;
  if (expansion) return { findings: [expansion] };
  return { data: data as Record<string, unknown>, findings: [] };
}

/** parse/alias-limit when aliases make the block far larger than what is written. */
function expansionFinding(source: SourceFile, data: unknown): Finding | undefined {
  const size = expandedSize(data);
  if (size.nodes + size.characters <= Math.max(maxExpansion * source.frontmatter.length, expansionAllowance))
    return undefined;
  // The first `*alias`: where the multiplying starts.
  const alias = /(?:^|[\s[{,:])\*[^\s,[\]{}]/m.exec(source.frontmatter);
  const offset = alias ? alias.index + alias[0].indexOf('*') : 0;
  return aliasExpansionFinding(source.key, markPlace(source, { line: 0, column: 0, position: offset }), size);
}

interface YamlErrorLike {
  reason?: string;
  message?: string;
  mark?: { line: number; column: number; position?: number };
}

function isEmptyInput(error: unknown): boolean {
  return /input is empty/.test((error as YamlErrorLike | null)?.reason ?? '');
}

function yamlFinding(source: SourceFile, error: unknown): Finding {
  const e = (error ?? {}) as YamlErrorLike;
  const reason = e.reason ?? (error instanceof RangeError ? 'nesting is too deep' : String(e.message ?? error));
  const place = markPlace(source, e.mark);
  if (/duplicated mapping key/.test(reason)) {
    // The mark points at the repeated key; naming it saves the reader a search.
    const key =
      e.mark?.position === undefined
        ? undefined
        : /^[^:"'\n,{}[\]]+/.exec(source.frontmatter.slice(e.mark.position))?.[0].trim();
    return duplicateKeyFinding(source.key, place, key);
  }
  if (/maxDepth|nesting|call stack/i.test(reason)) return tooDeepFinding(source.key, place);
  // Only the count is an alias bomb; an unknown `*name` is a value that needed quotes.
  if (/exceeded maxAliases/.test(reason)) return aliasLimitFinding(source.key, place);
  const at = e.mark?.position ?? source.frontmatter.length;
  const opened = unclosedReason.test(reason) ? openedBefore(source.frontmatter, at) : undefined;
  if (opened) {
    const openedPlace = markPlace(source, { line: 0, column: 0, position: opened.offset });
    return yamlSyntaxFinding(source.key, openedPlace, reason, { opened: opened.what });
  }
  const syntax = valueReadAsSyntax(source.frontmatter, Math.min(at, source.frontmatter.length));
  return yamlSyntaxFinding(source.key, endPlace(source, at) ?? place, reason, { syntax });
}

/** Reasons js-yaml gives where something opened above was never closed. */
const unclosedReason = /deficient indentation|end of the (?:stream|document)|unexpected end|missed comma/;

/** js-yaml places some errors at the end of the block, which is the closing `---`; the last written line is the one to look at. */
function endPlace(source: SourceFile, at: number): { line: number; column: number } | undefined {
  if (at < source.frontmatter.trimEnd().length) return undefined;
  const written = source.frontmatter.trimEnd();
  const lineStart = written.lastIndexOf('\n') + 1;
  const indent = /^\s*/.exec(written.slice(lineStart))![0].length;
  return markPlace(source, { line: 0, column: 0, position: lineStart + indent });
}

/**
 * The file line and column of a js-yaml mark. Counted from the mark's offset, because js-yaml
 * also breaks lines at a lone CR, where every other position (and git, grep, editors' line
 * numbers for such files) counts LF only.
 */
function markPlace(source: SourceFile, mark: YamlErrorLike['mark']): { line: number; column: number } {
  if (mark?.position === undefined)
    return { line: source.frontmatterLine + (mark?.line ?? 0), column: (mark?.column ?? 0) + 1 };
  const before = source.frontmatter.slice(0, mark.position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: source.frontmatterLine + before.split('\n').length - 1, column: before.length - lineStart + 1 };
}
